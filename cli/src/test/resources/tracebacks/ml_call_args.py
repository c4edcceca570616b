def f(a, b):
    return a / b
r = f(1,
      0)
