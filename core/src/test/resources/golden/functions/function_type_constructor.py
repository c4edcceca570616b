# types.FunctionType(code, globals[, name, argdefs, closure]) makes a function of a code object.
import types
def f(a, b=2):
    return a + b + z
g = types.FunctionType(f.__code__, {"z": 100})
print(g(1, 1), g.__name__, g.__qualname__, g.__defaults__, g.__globals__)
h = types.FunctionType(f.__code__, {"z": 1}, "hh", (10,))
print(h(1), h.__name__, h.__defaults__)
e = types.FunctionType(f.__code__, {"z": 1}, None, ())
print(e.__defaults__, e.__name__)
def mk():
    c = 7
    def inner():
        return c
    return inner
i = mk()
j = types.FunctionType(i.__code__, {}, None, None, i.__closure__)
print(j(), j.__closure__ is i.__closure__, j.__qualname__)
k = types.FunctionType(code=f.__code__, globals={"z": 0}, name="kw", argdefs=(5,))
print(k(1), k.__name__)
def loop():
    return sum(x * x for x in range(n))
print(types.FunctionType(loop.__code__, {"n": 4, "sum": sum, "range": range})())
print(types.FunctionType is type(f))
cases = [(1, {}), (f.__code__, 1), (f.__code__, {}, 1), (f.__code__, {}, None, [1]),
         (i.__code__, {}), (i.__code__, {}, None, None, [1]), (i.__code__, {}, None, None, (1,)),
         (f.__code__, {}, None, None, (i.__closure__[0],))]
for args in cases:
    try:
        types.FunctionType(*args)
    except (TypeError, ValueError) as ex:
        print(type(ex).__name__, ex)
# expect: 102 f f None {'z': 100}
# expect: 12 hh (10,)
# expect: () f
# expect: 7 True mk.<locals>.inner
# expect: 6 kw
# expect: 14
# expect: True
# expect: TypeError function() argument 'code' must be code, not int
# expect: TypeError function() argument 'globals' must be dict, not int
# expect: TypeError arg 3 (name) must be None or string
# expect: TypeError arg 4 (defaults) must be None or tuple
# expect: TypeError arg 5 (closure) must be tuple
# expect: TypeError arg 5 (closure) must be None or tuple
# expect: TypeError arg 5 (closure) expected cell, found int
# expect: ValueError f requires closure of length 0, not 1
