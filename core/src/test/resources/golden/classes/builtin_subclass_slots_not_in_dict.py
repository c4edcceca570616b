# __slots__ values of instances of builtin-type subclasses are not in a subclass's __dict__.

class L(list):
    __slots__ = ('a',)
class L2(L):
    pass
x = L2([1, 2]); x.a = 1; x.b = 2
print(vars(x), x.__dict__, x.a, x, len(x))
class D(dict):
    __slots__ = ('s',)
class D2(D):
    pass
d = D2(k=1); d.s = 3; d.t = 4
print(vars(d), d.s, d)
class S(str):
    __slots__ = ('tag',)
s = S("hi"); s.tag = "t"
print(s, s.tag, hasattr(s, '__dict__'))
class O:
    __slots__ = ('p',)
class O2(O):
    pass
o = O2(); o.p = 1; o.q = 2
print(vars(o))
try:
    L().a
except AttributeError as e:
    print("AttributeError", e)
y = L2([3]); y.a = 'slot'; y.c = 'dict'
del y.a
print(hasattr(y, 'a'), vars(y))
class F(float):
    __slots__ = ('unit',)
class F2(F):
    pass
f = F2(2.5); f.unit = 'm'; f.extra = 1
print(f, f.unit, vars(f))
# expect: {'b': 2} {'b': 2} 1 [1, 2] 2
# expect: {'t': 4} 3 {'k': 1}
# expect: hi t False
# expect: {'q': 2}
# expect: AttributeError 'L' object has no attribute 'a'
# expect: False {'c': 'dict'}
# expect: 2.5 m {'extra': 1}
