print(len("hello"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(b"ab"))  # expect: 5 2 1 1 3 2
print(len(range(10)), len(range(0, 10, 3)), len(range(5, 0)), len(""))  # expect: 10 4 0 0
print(len(range(10, 0, -3)), len(range(-5, 5)))  # expect: 4 10
try:
    len(42)
except TypeError as e:
    print(e)  # expect: object of type 'int' has no len()
