# The operator protocol: binary, reflected and in-place methods, NotImplemented, comparisons,
# __bool__/__len__ truth, __index__, __format__, __call__, __hash__ = None, context managers.
class V:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"V({self.x})"
    def __add__(self, o):
        if isinstance(o, V): return V(self.x + o.x)
        if isinstance(o, int): return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        return V(o + self.x)
    def __iadd__(self, o):
        self.x += o.x if isinstance(o, V) else o
        return self
    def __sub__(self, o): return V(self.x - o.x)
    def __mul__(self, k): return V(self.x * k)
    __rmul__ = __mul__
    def __neg__(self): return V(-self.x)
    def __abs__(self): return V(abs(self.x))
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __lt__(self, o): return self.x < o.x
    def __le__(self, o): return self.x <= o.x
    def __hash__(self): return hash(self.x)
    def __bool__(self): return self.x != 0
    def __index__(self): return self.x
    def __format__(self, spec): return "V<" + format(self.x, spec) + ">"
    def __call__(self, y): return self.x * y
    def __matmul__(self, o): return self.x * o.x
    def __pow__(self, n): return V(self.x ** n)
    def __rpow__(self, b): return b ** self.x
    def __truediv__(self, o): return V(self.x / o)
    def __floordiv__(self, o): return V(self.x // o)
    def __mod__(self, o): return V(self.x % o)
    def __lshift__(self, n): return V(self.x << n)
    def __and__(self, o): return V(self.x & o)
    def __or__(self, o): return V(self.x | o)
    def __xor__(self, o): return V(self.x ^ o)
    def __invert__(self): return V(~self.x)
    def __pos__(self): return self
    def __round__(self, n=None): return V(round(self.x, n))
a, b = V(1), V(2)
print(a + b, a + 5, 5 + a, a - b, a * 3, 3 * a, -a, abs(V(-4)), a @ b, a ** 2, 2 ** V(3))
print(V(7) / 2, V(7) // 2, V(7) % 4, a << 3, V(6) & 3, V(4) | 1, V(5) ^ 1, ~a, +a, round(V(2)))
c = V(10); c += 5; c += V(1); print(c)
print(a == V(1), a != V(1), a < b, a > b, b >= a, a <= b, sorted([V(3), V(1), V(2)]), max(V(3), V(9)))
print(bool(V(0)), bool(a), [10, 20, 30][V(2)], bin(V(5)), f"{V(3):>4}", format(V(1), "03d"), a(7))
print({V(1): "one"}[V(1)], len({V(1), V(1)}))
try:
    a + "s"
except TypeError as e: print("TypeError:", e)
try:
    "s" + a
except TypeError as e: print("TypeError:", e)
class N: pass
try:
    N() + N()
except TypeError as e: print("TypeError:", e)
try:
    N() < N()
except TypeError as e: print("TypeError:", e)
try:
    -N()
except TypeError as e: print("TypeError:", e)
class Sized:
    def __len__(self): return 0
print(bool(Sized()), not Sized())
class E:
    def __eq__(self, o): return True
try:
    hash(E())
except TypeError as e: print("TypeError:", e)
class H:
    __hash__ = None
try:
    {H()}
except TypeError as e: print("TypeError:", e)
class I:
    def __init__(self): return 5
try:
    I()
except TypeError as e: print("TypeError:", e)
class CM:
    def __enter__(self): print("enter"); return self
    def __exit__(self, t, v, tb): print("exit", t.__name__ if t else None); return True
with CM() as cm:
    raise ValueError
print("after")
class Base:
    def __eq__(self, o): return "base eq"
class Derived(Base):
    def __eq__(self, o): return "derived eq"
print(Base() == Derived(), Derived() == Base())
class R:
    def __radd__(self, o): return "radd"
class L:
    def __add__(self, o): return NotImplemented
print(L() + R(), 0 + R())
class Sub(V):
    def __radd__(self, o): return "Sub radd first"
print(V(1) + Sub(2))

# CPython 3.11's output:
# expect: V(3) V(6) V(6) V(-1) V(3) V(3) V(-1) V(4) 2 V(1) 8
# expect: V(3.5) V(3) V(3) V(8) V(2) V(5) V(4) V(-2) V(1) V(2)
# expect: V(16)
# expect: True False True False True True [V(1), V(2), V(3)] V(9)
# expect: False True 30 0b101 V<   3> V<001> 7
# expect: one 1
# expect: TypeError: unsupported operand type(s) for +: 'V' and 'str'
# expect: TypeError: can only concatenate str (not "int") to str
# expect: TypeError: unsupported operand type(s) for +: 'N' and 'N'
# expect: TypeError: '<' not supported between instances of 'N' and 'N'
# expect: TypeError: bad operand type for unary -: 'N'
# expect: False True
# expect: TypeError: unhashable type: 'E'
# expect: TypeError: unhashable type: 'H'
# expect: TypeError: __init__() should return None, not 'int'
# expect: enter
# expect: exit ValueError
# expect: after
# expect: derived eq derived eq
# expect: radd radd
# expect: Sub radd first
