def items():
    print("items called")
    return [1, 2, 3]

g = (x + 1 for x in items())
# expect: items called
print("after creation")  # expect: after creation
print(sum(g))  # expect: 9
try:
    bad = (x for x in 5)
except TypeError as e:
    print(e)  # expect: 'int' object is not iterable
