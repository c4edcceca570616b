def two():
    yield "a"
    yield "b"

g = two()
print(list(g))  # expect: ['a', 'b']
print(list(g))  # expect: []
print(next(g, "empty"))  # expect: empty
for _ in g:
    print("never")
print(sum(x * x for x in range(4)))  # expect: 14
ge = (c for c in "xy")
print("x" in ge, list(ge))  # expect: True ['y']
