def f(x):
    return int(x)

print(f('zz'))
