"""Nonempty __slots__ on subclasses of builtin types: refused for int, bytes and tuple as
CPython does, working for list, dict, set, str and float (no __dict__ unless a subclass adds
one); object.__new__ on such a class names the class to use; a set subclass shows its name."""
try:
    class P(tuple):
        __slots__ = ('x',)
except TypeError as e:
    print("TypeError:", e)
try:
    class I(int):
        __slots__ = ('x',)
except TypeError as e:
    print("TypeError:", e)
class L(list):
    __slots__ = ('a',)
l = L([1, 2]); l.a = 5; print(l, l.a)
try:
    l.b = 1
except AttributeError as e:
    print("AttributeError:", e)
class D(dict):
    __slots__ = ('meta',)
d = D(a=1); d.meta = 'm'; print(d, d.meta)
class E(tuple):
    __slots__ = ()
print(E((1, 2)))
class S(str):
    __slots__ = ()
try:
    class B(bytes):
        __slots__ = ('q',)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(L)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(D)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
class LN(list):
    def __new__(cls, *a):
        return super().__new__(cls)
class LN2(LN):
    pass
for t in (LN, LN2, bool):
    try:
        object.__new__(t)
    except TypeError as e:
        print("TypeError:", e)
try:
    dict.__new__(L)
except TypeError as e:
    print("TypeError:", e)
class Z(list):
    __slots__ = ()
z = Z()
try:
    z.q = 1
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(z, "__dict__"), hasattr(l, "__dict__"), hasattr(L2 := type("L2", (L,), {})(), "__dict__"))
L2v = L2
L2v.extra = 8
print(vars(L2v))
del l.a
try:
    print(l.a)
except AttributeError as e:
    print("AttributeError:", e)
class S2(str):
    __slots__ = ('tag',)
s = S2("hi"); s.tag = "t"; print(s, s.tag, s.upper())
class F2(float):
    __slots__ = ('unit',)
f = F2(2.5); f.unit = "m"; print(f * 2, f.unit)
class St(set):
    __slots__ = ('label',)
st = St({1}); st.label = "x"; print(st, st.label)
# Output of CPython 3.11:
# expect: TypeError: nonempty __slots__ not supported for subtype of 'tuple'
# expect: TypeError: nonempty __slots__ not supported for subtype of 'int'
# expect: [1, 2] 5
# expect: AttributeError: 'L' object has no attribute 'b'
# expect: {'a': 1} m
# expect: (1, 2)
# expect: TypeError: nonempty __slots__ not supported for subtype of 'bytes'
# expect: TypeError: object.__new__(L) is not safe, use L.__new__()
# expect: TypeError: object.__new__(D) is not safe, use D.__new__()
# expect: TypeError: object.__new__(int) is not safe, use int.__new__()
# expect: TypeError: object.__new__(LN) is not safe, use list.__new__()
# expect: TypeError: object.__new__(LN2) is not safe, use list.__new__()
# expect: TypeError: object.__new__(bool) is not safe, use bool.__new__()
# expect: TypeError: dict.__new__(L): L is not a subtype of dict
# expect: AttributeError: 'Z' object has no attribute 'q'
# expect: False False True
# expect: {'extra': 8}
# expect: AttributeError: 'L' object has no attribute 'a'
# expect: hi t HI
# expect: 5.0 m
# expect: St({1}) x
