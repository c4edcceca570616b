# A JSON round trip of a ~1 MB document: dumps (compact and indented) and loads, three times.
import json


def make_doc(n):
    users = []
    for i in range(n):
        users.append({
            "id": i,
            "name": "user%d" % i,
            "email": "user%d@example.com" % i,
            "active": i % 3 != 0,
            "score": i * 1.5 + 0.25,
            "tags": ["t%d" % (i % 7), "g%d" % (i % 5), "caf\u00e9"],
            "address": {"street": "%d Main St" % i, "city": "Springfield", "zip": None},
        })
    return {"users": users, "count": n, "version": "1.0"}


doc = make_doc(4500)
size = 0
for _ in range(3):
    text = json.dumps(doc)
    size = len(text)
    back = json.loads(text)
    assert back == doc
    pretty = json.dumps(back, indent=2, sort_keys=True)
    assert json.loads(pretty) == doc
print(size, len(pretty))
