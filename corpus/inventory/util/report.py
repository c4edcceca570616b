def render_table(headers, rows):
    cols = list(zip(headers, *rows))
    widths = [max(len(str(x)) for x in col) for col in cols]
    line = "+".join("-" * (w + 2) for w in widths)
    out = [line, " | ".join(str(h).ljust(w) for h, w in zip(headers, widths)), line]
    for row in rows:
        out.append(" | ".join(str(x).rjust(w) if isinstance(x, (int, float)) else str(x).ljust(w)
                              for x, w in zip(row, widths)))
    out.append(line)
    return "\n".join(out)
