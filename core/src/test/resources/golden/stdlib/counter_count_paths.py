# Counter counting an iterable: plain, into existing counts, unhashable items, a subclass with
# its own __setitem__ or get (counted through them), generators, and mixed key types.
from collections import Counter

words = "the cat and the hat and the bat".split()
c = Counter(words)
print(sorted(c.items()), c.total())
c.update(["the", "dog"])
c.update("aab")
print(c.most_common(3), c["dog"], c["a"], c["zzz"])
print(Counter(x % 3 for x in range(10)), Counter([1, 1.0, True, "1", (1,)]))
try:
    Counter([[1], [2]])
except TypeError as e:
    print("TypeError:", e)
partial = Counter()
try:
    partial.update([1, 2, {3}, 4])
except TypeError as e:
    print("TypeError:", e, sorted(partial.items()))

class Loud(Counter):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)

l = Loud("aba")
print(dict(l))

class Doubling(Counter):
    def get(self, key, default=None):
        return 2 * super().get(key, default)

print(dict(Doubling("xxy")))
big = Counter(i % 7 for i in range(10**4))
print(sorted(big.items()))
c2 = Counter({"a": 2.5})
c2.update("aa")
print(c2)
# expect: [('and', 2), ('bat', 1), ('cat', 1), ('hat', 1), ('the', 3)] 8
# expect: [('the', 4), ('and', 2), ('a', 2)] 1 2 0
# expect: Counter({0: 4, 1: 3, 2: 3}) Counter({1: 3, '1': 1, (1,): 1})
# expect: TypeError: unhashable type: 'list'
# expect: TypeError: unhashable type: 'set' [(1, 1), (2, 1)]
# expect: set a 1
# expect: set b 1
# expect: set a 2
# expect: {'a': 2, 'b': 1}
# expect: {'x': 3, 'y': 1}
# expect: [(0, 1429), (1, 1429), (2, 1429), (3, 1429), (4, 1428), (5, 1428), (6, 1428)]
# expect: Counter({'a': 4.5})
