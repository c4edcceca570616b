class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k

    def __hash__(self):
        return hash(self.k)

a, b = Key(1), Key(1)
print(a == b, a is b, a != b)  # expect: True False False
d = {a: "first"}
d[b] = "second"
print(len(d), d[Key(1)])  # expect: 1 second
s = {Key(1), Key(2), Key(1)}
print(len(s), Key(2) in s, Key(3) in s)  # expect: 2 True False
print(a == 1, hash(a) == hash(b))  # expect: False True
