from __future__ import annotations

import enum
from dataclasses import dataclass, field, asdict
from datetime import date, timedelta
from typing import Optional


class Priority(enum.IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3

    @classmethod
    def parse(cls, text: str) -> "Priority":
        try:
            return cls[text.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown priority: {text!r}") from None


class Status(enum.Enum):
    OPEN = "open"
    DONE = "done"
    BLOCKED = "blocked"


@dataclass(order=True)
class Task:
    sort_key: tuple = field(init=False, repr=False)
    title: str
    priority: Priority = Priority.MEDIUM
    due: Optional[date] = None
    tags: list[str] = field(default_factory=list)
    status: Status = Status.OPEN
    id: int = field(default=0, compare=False)

    def __post_init__(self):
        self.sort_key = (-self.priority, self.due or date.max, self.title)

    def overdue(self, today: date) -> bool:
        return self.status is not Status.DONE and self.due is not None and self.due < today

    def to_json(self) -> dict:
        d = asdict(self)
        del d["sort_key"]
        d["priority"] = self.priority.name
        d["status"] = self.status.value
        d["due"] = self.due.isoformat() if self.due else None
        return d

    @staticmethod
    def from_json(d: dict) -> "Task":
        due = date.fromisoformat(d["due"]) if d.get("due") else None
        t = Task(d["title"], Priority[d["priority"]], due, list(d.get("tags", [])),
                 Status(d.get("status", "open")), d.get("id", 0))
        return t


def days(n: int) -> timedelta:
    return timedelta(days=n)
