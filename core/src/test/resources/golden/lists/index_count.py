lst = ["a", "b", "c", "b", "a"]
print(lst.index("b"), lst.index("b", 2), lst.count("a"), lst.count("z"))  # expect: 1 3 2 0
print([1, 1.0, True].count(1))  # expect: 3
try:
    lst.index("z")
except ValueError as e:
    print(e)  # expect: 'z' is not in list
