def f(a, b):
    return a + b

try:
    f(1)
except TypeError as e:
    print(e)  # expect: f() missing 1 required positional argument: 'b'
try:
    f()
except TypeError as e:
    print(e)  # expect: f() missing 2 required positional arguments: 'a' and 'b'
f(b=2)
# expect error: TypeError: f() missing 1 required positional argument: 'a'
