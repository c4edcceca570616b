def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise ValueError(f"no key {k}") from None

try:
    lookup({}, "a")
except ValueError as e:
    print(e, e.__cause__)  # expect: no key a None
lookup({}, "b")
# expect error: ValueError: no key b
