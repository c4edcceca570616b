import textwrap
from datetime import date
from itertools import groupby

from .model import Status


def render_table(tasks, today: date, width: int = 24) -> str:
    rows = [f"{'#':>2} {'title':<{width}} {'prio':<6} {'due':<10} flags"]
    rows.append("-" * len(rows[0]))
    for t in tasks:
        title = textwrap.shorten(t.title, width=width, placeholder="...")
        flags = "".join([
            "x" if t.status is Status.DONE else " ",
            "!" if t.overdue(today) else " ",
            "b" if t.status is Status.BLOCKED else " ",
        ])
        due = t.due.strftime("%d %b") if t.due else "-"
        rows.append(f"{t.id:>2} {title:<{width}} {t.priority.name.lower():<6} {due:<10} {flags}")
    return "\n".join(rows)


def summary(tasks) -> list[str]:
    out = []
    keyed = sorted(tasks, key=lambda t: t.status.value)
    for status, group in groupby(keyed, key=lambda t: t.status):
        titles = [t.title for t in group]
        out.append(f"{status.name.title():8}{len(titles):3}  " + ", ".join(titles))
    return out
