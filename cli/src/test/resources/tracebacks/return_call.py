def f():
    return g()
def g():
    return {}['x']
f()
