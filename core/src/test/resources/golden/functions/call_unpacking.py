def f(a, b, c, d=0):
    return a * 1000 + b * 100 + c * 10 + d

args = [1, 2, 3]
print(f(*args))  # expect: 1230
print(f(*args, 4))  # expect: 1234
kw = {"c": 7, "d": 8}
print(f(1, 2, **kw))  # expect: 1278
print(f(*(5,), *[6], **{"c": 7}))  # expect: 5670
print(f(**{"a": 1, "b": 1, "c": 1, "d": 1}))  # expect: 1111
