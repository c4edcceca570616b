def inner(n):
    for i in range(n):
        yield i

def outer():
    yield "start"
    yield from inner(3)
    yield from ["x", "y"]
    yield from "ab"
    yield "end"

print(list(outer()))  # expect: ['start', 0, 1, 2, 'x', 'y', 'a', 'b', 'end']

def flatten(xs):
    for x in xs:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x

print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))  # expect: [1, 2, 3, 4, 5, 6]
