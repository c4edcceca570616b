from storage import counter

NAME = "enrich"
ORDER = 30


def bracket(age):
    if age is None:
        return "unknown"
    lo = age // 10 * 10
    return f"{lo}-{lo + 9}"


def transform(records):
    for r in records:
        r["domain"] = r["email"].split("@", 1)[1]
        r["bracket"] = bracket(r["age"])
        counter.bump(r["domain"])
    return records
