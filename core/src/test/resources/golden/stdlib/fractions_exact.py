from fractions import Fraction
import math, numbers, copy

F = Fraction
print(F(3, 4), F(-6, 8), F(6, -8), repr(F(10, 5)), F(), F(7))
print(F("3/4"), F(" -1.25e2 "), F("1_000.5"), F(".5"), F("5."), F("1e-3"), F("-7/21"), F("+3"))
print(F(0.1), F(1.5), F(-0.0), F(2**60 * 1.0), F(F(1, 3)), F(F(1, 2), F(3, 4)), F(3, F(1, 2)))
print(F.from_float(0.25), F.from_float(3), F(3, 4).as_integer_ratio(), F(5).numerator, F(5, 10).denominator)
for bad in ["abc", "1/", "1.2/3", "", "1 / 2", "1__0", "e5", "0x10"]:
    try:
        F(bad)
    except ValueError as e:
        print("ValueError:", e)
for args in [(1, 0), ("3/0",), (0, 0)]:
    try:
        F(*args)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
for args in [(1.5, 2), ([],), (1, 2.0), (None,)]:
    try:
        F(*args)
    except TypeError as e:
        print("TypeError:", e)
for v in [float("inf"), float("nan")]:
    try:
        F(v)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
try:
    F.from_float("1.5")
except TypeError as e:
    print(e)
a, b = F(3, 4), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, a ** 0)
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 3, 3 / a, 7 // a, 7 % a, divmod(7, a))
print(a + 0.5, 0.5 + a, a * 1.5, a / 0.25, 2 ** a, a ** 0.5, a ** F(1, 2), F(4) ** F(1, 2), F(-3, 2) ** -3)
print(a + 1j, a * 2j, a + True, -a, +a, abs(F(-5, 3)), F(1, 3) ** 3)
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), int(F(-7, 2)), int(F(7, 2)), float(F(1, 3)))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1, 3), 2), round(F(12345, 1), -2), round(F(-13, 10)))
print(a == F(6, 8), a == 0.75, a == 1, F(2) == 2, F(1, 2) == 0.5 + 0j, a != b, F(1, 3) == 1 / 3)
print(a < b, a > b, a <= 0.75, a >= 1, a < 1, 2 > a, F(1, 3) < 0.3333333333333333, a < float("inf"), a > float("nan"))
print(sorted([F(1, 2), 0.3, 1, F(-1, 5), 0]), max(F(1, 3), F(2, 7)))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1)), hash(F(1, 3)), hash(F(-2, 7)), hash(F(10**30, 7)))
print({F(1, 2): "half", 0.5: "float"}, len({F(2), 2, 2.0}))
print(F(3.141592653589793).limit_denominator(10), F(3.141592653589793).limit_denominator(100), F(3.141592653589793).limit_denominator())
print(F(1, 3).limit_denominator(2), F(10, 3).limit_denominator(1), F(5, 3).limit_denominator(5), F(-355, 113).limit_denominator(7))
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print(e)
try:
    F(0) ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    a / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(isinstance(a, numbers.Rational), isinstance(a, numbers.Real), isinstance(a, numbers.Integral))
print(bool(F(0)), bool(a), copy.copy(a) is a, copy.deepcopy(a), f"{a}", "%s" % a, str(F(-1, 2)))
print(sum([F(1, n) for n in range(1, 11)]), math.fsum([0.5, F(1, 4)]) if False else "")
class G(Fraction):
    pass
g = G(1, 2)
print(repr(g), type(g + 1).__name__, type(copy.copy(g)).__name__)
try:
    format(a, ".2f")
except TypeError as e:
    print(e)
print(F(1, 2) + "x" if False else "done")
try:
    F(1, 2) + "x"
except TypeError as e:
    print(e)
for x, y in [(F(-3, 4), 0), (F(0), F(0)), (5, F(0)), (-5, F(0)), (0, F(0))]:
    try:
        x / y
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
for x, y in [(F(3, 4), 0), (5, F(0)), (F(1,2), F(0))]:
    for op in (lambda p, q: p // q, lambda p, q: p % q, divmod):
        try:
            op(x, y)
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)

# CPython 3.11's output:
# expect: 3/4 -3/4 -3/4 Fraction(2, 1) 0 7
# expect: 3/4 -125 2001/2 1/2 5 1/1000 -1/3 3
# expect: 3602879701896397/36028797018963968 3/2 0 1152921504606846976 1/3 2/3 6
# expect: 1/4 3 (3, 4) 5 2
# expect: ValueError: Invalid literal for Fraction: 'abc'
# expect: ValueError: Invalid literal for Fraction: '1/'
# expect: ValueError: Invalid literal for Fraction: '1.2/3'
# expect: ValueError: Invalid literal for Fraction: ''
# expect: ValueError: Invalid literal for Fraction: '1 / 2'
# expect: ValueError: Invalid literal for Fraction: '1__0'
# expect: ValueError: Invalid literal for Fraction: 'e5'
# expect: ValueError: Invalid literal for Fraction: '0x10'
# expect: ZeroDivisionError: Fraction(1, 0)
# expect: ZeroDivisionError: Fraction(3, 0)
# expect: ZeroDivisionError: Fraction(0, 0)
# expect: TypeError: both arguments should be Rational instances
# expect: TypeError: argument should be a string or a Rational instance
# expect: TypeError: both arguments should be Rational instances
# expect: TypeError: argument should be a string or a Rational instance
# expect: OverflowError: cannot convert Infinity to integer ratio
# expect: ValueError: cannot convert NaN to integer ratio
# expect: Fraction.from_float() only takes floats, not '1.5' (str)
# expect: 11/12 7/12 1/8 9/2 4 1/12 (4, Fraction(1, 12)) 9/16 16/9 1
# expect: 7/4 7/4 -5/4 5/4 9/4 9/4 1/4 4 9 1/4 (9, Fraction(1, 4))
# expect: 1.25 1.25 1.125 3.0 1.681792830507429 0.8660254037844386 0.8660254037844386 2.0 -8/27
# expect: (0.75+1j) 1.5j 7/4 -3/4 3/4 5/3 1/27
# expect: -4 -3 -3 -3 3 0.3333333333333333
# expect: 2 4 -2 33/100 12300 -1
# expect: True True False True True True False
# expect: False True True False True True False True False
# expect: [Fraction(-1, 5), 0, 0.3, Fraction(1, 2), 1] 1/3
# expect: True True -2 1537228672809129301 -1647030720866924251 395871670681776951
# expect: {Fraction(1, 2): 'float'} 1
# expect: 22/7 311/99 3126535/995207
# expect: 1/2 3 5/3 -22/7
# expect: max_denominator should be at least 1
# expect: ZeroDivisionError: Fraction(1, 0)
# expect: ZeroDivisionError: Fraction(1, 0)
# expect: True True False
# expect: False True True 3/4 3/4 3/4 -1/2
# expect: 7381/2520 
# expect: G(1, 2) Fraction G
# expect: unsupported format string passed to Fraction.__format__
# expect: done
# expect: unsupported operand type(s) for +: 'Fraction' and 'str'
# expect: ZeroDivisionError: Fraction(-1, 0)
# expect: ZeroDivisionError: Fraction(0, 0)
# expect: ZeroDivisionError: Fraction(1, 0)
# expect: ZeroDivisionError: Fraction(-1, 0)
# expect: ZeroDivisionError: Fraction(0, 0)
# expect: ZeroDivisionError: integer division or modulo by zero
# expect: ZeroDivisionError: integer modulo by zero
# expect: ZeroDivisionError: integer division or modulo by zero
# expect: ZeroDivisionError: integer division or modulo by zero
# expect: ZeroDivisionError: integer modulo by zero
# expect: ZeroDivisionError: integer division or modulo by zero
# expect: ZeroDivisionError: integer division or modulo by zero
# expect: ZeroDivisionError: integer modulo by zero
# expect: ZeroDivisionError: integer division or modulo by zero
