d = {"a": 1, "b": 2, "c": 3}
print(d.pop("b"), d)  # expect: 2 {'a': 1, 'c': 3}
print(d.pop("zz", "default"))  # expect: default
print(d.popitem(), d)  # expect: ('c', 3) {'a': 1}
print(d.popitem(), d)  # expect: ('a', 1) {}
try:
    d.popitem()
except KeyError as e:
    print(e)  # expect: 'popitem(): dictionary is empty'
d.pop("missing")
# expect error: KeyError: 'missing'
