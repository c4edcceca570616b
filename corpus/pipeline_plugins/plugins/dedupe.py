NAME = "dedupe"
ORDER = 20


def transform(records):
    seen = set()
    out = []
    for r in records:
        key = (r["email"],)
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out
