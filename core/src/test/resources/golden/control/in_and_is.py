a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)  # expect: True False True True
print(None is None, 3 in a, 3 not in a)  # expect: True False True
print("ell" in "hello", "" in "abc", "x" not in "abc")  # expect: True True True
d = {"k": 1}
print("k" in d, 1 in d, 1 in d.values(), ("k", 1) in d.items())  # expect: True False True True
print(2 in (1, 2), 2 in {1, 2}, 2.0 in [2])  # expect: True True True
print(type(x is None for x in [None]).__name__)  # expect: generator
