def f(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, kwargs)

print(f(1, c=3))  # expect: (1, 2, (), 3, 4, {})
print(f(1, 5, 6, 7, c=8, e=9))  # expect: (1, 5, (6, 7), 8, 4, {'e': 9})
print(f(a=0, c=0, d=0, x=1, y=2))  # expect: (0, 2, (), 0, 0, {'x': 1, 'y': 2})
