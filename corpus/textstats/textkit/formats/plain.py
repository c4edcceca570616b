from .. import register


@register("plain")
def as_plain(summary):
    lines = []
    for key, value in summary.items():
        if key == "top":
            value = ", ".join(f"{w}({n})" for w, n in value)
        lines.append(f"{key:>10}: {value}")
    return "\n".join(lines)
