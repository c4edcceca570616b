"""Frame objects: sys._getframe(depth), f_back chains, f_locals/f_lineno/f_code, a generator's gi_frame (None once it finished), types.FrameType; sys.hash_info's numeric fields."""
import sys, types
def who():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno, sorted(f.f_locals)
def caller():
    x = 1
    y = 2
    return who()
print(caller())
f = sys._getframe()
print(type(f).__name__, f.f_code.co_name, f.f_back, f.f_globals is globals(), isinstance(f, types.FrameType))
def gen():
    a = 5
    yield sys._getframe().f_back.f_code.co_name
    yield 2
g = gen()
print(g.gi_frame.f_lineno, g.gi_frame.f_locals)
print(next(g))
print(g.gi_frame.f_lineno, g.gi_frame.f_locals, g.gi_frame.f_back)
list(g)
print(g.gi_frame)
try:
    sys._getframe(100)
except ValueError as e:
    print("ValueError:", e)
def depth():
    n = 0
    f = sys._getframe()
    while f is not None:
        n += 1
        f = f.f_back
    return n
print(depth())
print(sys.hash_info.width, sys.hash_info.modulus == 2**61 - 1, sys.hash_info.inf, sys.hash_info.imag)
print(hash(float("inf")) == sys.hash_info.inf, hash(1j) == sys.hash_info.imag, hash(2**61 - 1) == 0)
# Output of CPython 3.11:
# expect: ('caller', 9, ['x', 'y'])
# expect: frame <module> None True True
# expect: 13 {}
# expect: <module>
# expect: 15 {'a': 5} None
# expect: None
# expect: ValueError: call stack is not deep enough
# expect: 2
# expect: 64 True 314159 1000003
# expect: True True True
