t = (1, "two", 3.0)
print(t, len(t), t[1], t[-1])  # expect: (1, 'two', 3.0) 3 two 3.0
print((), (5,), tuple(), (1, 2) + (3,), (0,) * 3)  # expect: () (5,) () (1, 2, 3) (0, 0, 0)
print(t.index("two"), (1, 1, 2).count(1))  # expect: 1 2
one = 5,
print(one, type(one).__name__, type((5)).__name__)  # expect: (5,) tuple int
print(tuple("ab"), tuple([1, 2]), tuple(range(3)))  # expect: ('a', 'b') (1, 2) (0, 1, 2)
