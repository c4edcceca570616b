a = {1, 2, 3}
print(sorted(a.union([3, 4], (5,))), sorted(a.intersection({2, 3, 9})))  # expect: [1, 2, 3, 4, 5] [2, 3]
print(sorted(a.difference([1])), sorted(a.symmetric_difference({3, 4})))  # expect: [2, 3] [1, 2, 4]
s = set()
s.add(1)
s.add(1)
s.update([2, 3], "a")
print(sorted(s, key=str))  # expect: [1, 2, 3, 'a']
s.discard(99)
s.discard("a")
s.remove(3)
print(sorted(s))  # expect: [1, 2]
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)  # expect: KeyError 42
print(a)  # expect: {1, 2, 3}
