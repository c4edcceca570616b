# The specialised paths (int and float arithmetic, LOAD_GLOBAL's cache, the type attribute
# cache) give what the general ones give, and see every change: a global rebound, deleted
# (the builtin shows again), shadowing a builtin; a class attribute changed on a base.
import builtins

def arith(a, b):
    return (a + b, a - b, a * b, a / b, a // b, a % b, a < b, a == b, a >= b)

for a, b in [(7, 2), (-7, 2), (7.5, -2), (3, 0.5), (2**62, 4), (2**62, 2**62), (-2**63, -1), (1e308, 10.0)]:
    print(arith(a, b))
print(0.1 + 0.2, 1 - 0.9, 2**60 * 16, -9 // 4, -9 % 4, 9.0 % -4, -0.0 * 1, 7 >> 70, -7 >> 70)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

limit = 10
def read():
    return limit, len("abc")

out = []
for i in range(4):
    out.append(read())
    if i == 0:
        limit = 20
    elif i == 1:
        def len(s):
            return -1
    elif i == 2:
        del len
print(out)
del limit
try:
    read()
except NameError as e:
    print("NameError:", e)
builtins.limit = 99
print(read())
del builtins.limit

class Base:
    size = 1
    def describe(self):
        return "base"
class Mid(Base):
    pass
class Leaf(Mid):
    pass

leaf = Leaf()
seen = []
for i in range(4):
    seen.append((leaf.size, leaf.describe(), bool(leaf)))
    if i == 0:
        Base.size = 2
    elif i == 1:
        Mid.describe = lambda self: "mid"
    elif i == 2:
        Base.__bool__ = lambda self: False
print(seen)
del Mid.describe
print(leaf.describe(), leaf.size)

# expect: (9, 5, 14, 3.5, 3, 1, False, False, True)
# expect: (-5, -9, -14, -3.5, -4, 1, True, False, False)
# expect: (5.5, 9.5, -15.0, -3.75, -4.0, -0.5, False, False, True)
# expect: (3.5, 2.5, 1.5, 6.0, 6.0, 0.0, False, False, True)
# expect: (4611686018427387908, 4611686018427387900, 18446744073709551616, 1.152921504606847e+18, 1152921504606846976, 0, False, False, True)
# expect: (9223372036854775808, 0, 21267647932558653966460912964485513216, 1.0, 1, 0, False, True, True)
# expect: (-9223372036854775809, -9223372036854775807, 9223372036854775808, 9.223372036854776e+18, 9223372036854775808, 0, True, False, False)
# expect: (1e+308, 1e+308, inf, 1e+307, 1e+307, 6.0, False, False, True)
# expect: 0.30000000000000004 0.09999999999999998 18446744073709551616 -3 3 -3.0 -0.0 0 -1
# expect: ZeroDivisionError: float division by zero
# expect: ZeroDivisionError: integer modulo by zero
# expect: [(10, 3), (20, 3), (20, -1), (20, 3)]
# expect: NameError: name 'limit' is not defined
# expect: (99, 3)
# expect: [(1, 'base', True), (2, 'base', True), (2, 'mid', True), (2, 'mid', False)]
# expect: base 2
