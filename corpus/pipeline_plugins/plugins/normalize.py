NAME = "normalize"
ORDER = 10


def transform(records):
    out = []
    for r in records:
        out.append({
            "name": " ".join(p.capitalize() for p in r["name"].split()),
            "email": r["email"].strip().lower(),
            "age": int(r["age"]) if str(r["age"]).strip().isdigit() else None,
        })
    return out
