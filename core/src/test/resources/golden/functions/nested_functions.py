def outer(x):
    def inner(y):
        return x + y
    def twice(y):
        return inner(inner(y))
    return twice(1)

print(outer(10))  # expect: 21

def compose(f, g):
    return lambda v: f(g(v))

inc = lambda v: v + 1
dbl = lambda v: v * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))  # expect: 11 12
