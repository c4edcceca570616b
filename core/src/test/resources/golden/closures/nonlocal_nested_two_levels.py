def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "inner"
        inner()
        return x
    r = middle()
    return r, x

print(outer())  # expect: ('inner', 'inner')

def a():
    v = 1
    def b():
        v = 2
        def c():
            nonlocal v
            v += 10
        c()
        return v
    return b(), v

print(a())  # expect: (12, 1)
