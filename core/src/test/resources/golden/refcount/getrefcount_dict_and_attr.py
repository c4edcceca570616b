import sys

class Holder:
    pass

payload = []
d = {"k": payload}
print(sys.getrefcount(payload))  # expect: 3
h = Holder()
h.attr = payload
print(sys.getrefcount(payload))  # expect: 4
del d["k"]
print(sys.getrefcount(payload))  # expect: 3
h.attr = None
print(sys.getrefcount(payload))  # expect: 2
