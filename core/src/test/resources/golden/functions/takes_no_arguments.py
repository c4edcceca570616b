def f():
    return 1

def g(a, b=1):
    return a

try:
    f(1)
except TypeError as e:
    print(e)  # expect: f() takes 0 positional arguments but 1 was given
try:
    g(1, 2, 3)
except TypeError as e:
    print(e)  # expect: g() takes from 1 to 2 positional arguments but 3 were given
class K:
    def m(self, x):
        return x
try:
    K().m()
except TypeError as e:
    print(e)  # expect: K.m() missing 1 required positional argument: 'x'
