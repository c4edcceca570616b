def gen():
    yield 1
    yield 2
    yield 3

g = gen()
print(type(g).__name__)  # expect: generator
print(next(g))  # expect: 1
print(list(g))  # expect: [2, 3]
print([x * 10 for x in gen()])  # expect: [10, 20, 30]
