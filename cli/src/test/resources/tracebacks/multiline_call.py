def f(*a):
    raise ValueError('x')
f(
  1,
  2)
