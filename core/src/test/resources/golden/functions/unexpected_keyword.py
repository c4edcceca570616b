def f(a, b):
    return a + b

try:
    f(1, b=2, a=3)
except TypeError as e:
    print(e)  # expect: f() got multiple values for argument 'a'
f(1, 2, z=3)
# expect error: TypeError: f() got an unexpected keyword argument 'z'
