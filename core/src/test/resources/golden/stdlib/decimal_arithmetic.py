from decimal import *
D = Decimal
print(D("2.675").quantize(D("0.01"), rounding=ROUND_HALF_UP), D("0.1") + D("0.2"))
print(repr(D("1.20")), D(10), D(-0.5), D(0.1), D("1e5"), D("1E-7"), D("123.456e3"), D("-0"), D("0.000001"), D("0.0000001"), D("1_000.5"))
print(D("inf"), D("-Infinity"), D("nan"), D("-sNaN12"), D("NaN5"), repr(D((1, (1, 2, 3), -2))), D("  7 "))
print(D(1) / D(3), D(2) / D(3), D(1) / D(8), D(10) / D(4), D(100) / D(10), D("1.00") / D("0.1"), D(-7) / D(2))
print(D(-7) // D(2), D(-7) % D(2), divmod(D(7), D("-2.5")), D("10.5") % 3, D(12) // D("0.5"))
print(D("1.1") * D("1.1"), D("1.1") ** 2, D(2) ** -2, D(10) ** -2, D(3) ** -1, D("1.5") ** 3, D(2) ** 100, D("0.9") ** 50)
print(D(2).sqrt(), D(4).sqrt(), D("0.0001").sqrt(), D(100).sqrt(), D("1e3").sqrt(), D("2.25").sqrt(), D(0).sqrt(), D("1e-7").sqrt())
print(D("1.23456789012345678901234567890123"), +D("1.23456789012345678901234567890123"), -D("0"), -D("1.50"), abs(D("-2.0")))
print(D("1e10") + D("1e-20"), D("1e40") + 1, D(1) - D("1.00"), D("-1") + D("1"), D("9.99999999999999999999999999999") + 0)
print(D("3.14159").quantize(D("0.001")), D("2.5").quantize(D("1")), D("3.5").quantize(D("1")), D("-2.5").quantize(D(1), ROUND_HALF_UP), D("1.2").quantize(D("0.0001")))
print(round(D("2.5")), round(D("3.5")), round(D("2.675"), 2), round(D("-1.5")), int(D("-3.9")), float(D("0.1")), D("1.5").to_integral_value(), D("2.5").to_integral_value(ROUND_HALF_UP))
import math
print(math.floor(D("-2.5")), math.ceil(D("-2.5")), math.trunc(D("-2.5")), D("120.00").normalize(), D("0.00").normalize(), D("1E+2").normalize(), D("-0.010").normalize())
print(D(1) == 1, D("1.0") == 1, D("0.5") == 0.5, D("0.1") == 0.1, D(1) < 2, D("1.5") > 1, D(2) >= D("2.00"), D("nan") == D("nan"), D(3) in {3: 1})
print(hash(D(1)) == hash(1), hash(D("0.5")) == hash(0.5), hash(D("1.5")) == hash(1.5), hash(D("-2.25")) == hash(-2.25), hash(D("0.1")) == hash(D("0.10")))
print(sorted([D("1.5"), D("-2"), D("0.25"), D(1)]), max(D(1), D("1.0")), min(D(3), D("1.01")), sum([D("0.1")] * 10))
print(D("123.456").as_tuple(), D("-0").as_tuple(), D("inf").as_tuple(), D("1.25").as_integer_ratio(), D("1.5").adjusted(), D("1e-7").adjusted())
print(D("12.5").is_zero(), D(0).is_zero(), D("-1").is_signed(), D("nan").is_nan(), D("inf").is_infinite(), D(1).is_finite(), D(5).copy_negate(), D(-5).copy_abs(), D(5).copy_sign(D(-1)))
print(D(1).compare(2), D(2).max(D("2.0")), D(1).fma(2, 3), D("1.2345").to_eng_string(), D("123E+5").to_eng_string(), D("1e-10").to_eng_string())
print(getcontext())
getcontext().prec = 6
print(D(1) / D(7), D("123456789"), +D("123456789"), D("1234567") * 1, D(2).sqrt())
getcontext().prec = 28
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(3), ctx.prec)
print(D(1) / D(3))
with localcontext(prec=3, rounding=ROUND_DOWN):
    print(D(2) / D(3))
ctx = Context(prec=4, rounding=ROUND_UP)
print(ctx.divide(D(1), D(3)), ctx.add(D("1.0001"), 1), ctx.create_decimal("3.14159"), ctx)
for expr in ['D("abc")', 'D(1)/0', 'D(0)/0', 'D(1)%0', 'D(0)%0', 'D(1)//0', 'D("1e999999")*10',
             'D("NaN")<1', 'D("1.5").quantize(D("1e-30"))', 'D(10**30)//D("0.001")', 'D(-1).sqrt()',
             'D("sNaN")+1', 'D(1.1)+1.1', '1.1+D(1)', 'hash(D("sNaN"))', 'int(D("nan"))', 'int(D("-inf"))',
             'float(D("snan"))', 'D([1,2])', 'D(1)+"a"', 'D("inf")-D("inf")', 'D(1, 2)',
             "D((2, (1,), 0))", "D(object())", "D(1) < \"x\""]:
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
    getcontext().clear_flags()
ctx = getcontext()
ctx.traps[DivisionByZero] = False
print(D(1) / 0, D(-1) / 0, ctx.flags[DivisionByZero])
ctx.traps[DivisionByZero] = True
ctx.clear_flags()
x = D(1) / D(3)
print(ctx.flags[Inexact], ctx.flags[Rounded], ctx.flags[DivisionByZero])
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(InvalidOperation, ArithmeticError), isinstance(D(1), Decimal))
try:
    getcontext().prec = 0
except ValueError as e:
    print(e)
print(Decimal.from_float(0.1), Decimal.from_float(-2.5), Decimal.from_float(float("inf")), D(3).real, D(3).imag)
from fractions import Fraction
print(Fraction(D("1.25")), D("0.5") == Fraction(1, 2), D(1) < Fraction(3, 2))
import threading
results = {}
def worker(p):
    getcontext().prec = p
    results[p] = str(D(1) / D(7))
ts = [threading.Thread(target=worker, args=(p,)) for p in (3, 5, 9)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results.items()), getcontext().prec)

# CPython 3.11's output:
# expect: 2.68 0.3
# expect: Decimal('1.20') 10 -0.5 0.1000000000000000055511151231257827021181583404541015625 1E+5 1E-7 123456 -0 0.000001 1E-7 1000.5
# expect: Infinity -Infinity NaN -sNaN12 NaN5 Decimal('-1.23') 7
# expect: 0.3333333333333333333333333333 0.6666666666666666666666666667 0.125 2.5 10 10.0 -3.5
# expect: -3 -1 (Decimal('-2'), Decimal('2.0')) 1.5 24
# expect: 1.21 1.21 0.25 0.01 0.3333333333333333333333333333 3.375 1.267650600228229401496703205E+30 0.005153775207320113310364611298
# expect: 1.414213562373095048801688724 2 0.01 10 31.62277660168379331998893544 1.5 0 0.0003162277660168379331998893544
# expect: 1.23456789012345678901234567890123 1.234567890123456789012345679 0 -1.50 2.0
# expect: 10000000000.00000000000000000 1.000000000000000000000000000E+40 0.00 0 10.00000000000000000000000000
# expect: 3.142 2 4 -3 1.2000
# expect: 2 4 2.68 -2 -3 0.1 2 3
# expect: -3 -2 -2 1.2E+2 0 1E+2 -0.01
# expect: True True True False True True True False True
# expect: True True True True True
# expect: [Decimal('-2'), Decimal('0.25'), Decimal('1'), Decimal('1.5')] 1 1.01 1.0
# expect: DecimalTuple(sign=0, digits=(1, 2, 3, 4, 5, 6), exponent=-3) DecimalTuple(sign=1, digits=(0,), exponent=0) DecimalTuple(sign=0, digits=(0,), exponent='F') (5, 4) 0 -7
# expect: False True True True True True -5 5 -5
# expect: -1 2 5 1.2345 12.3E+6 100E-12
# expect: Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[Inexact, FloatOperation, Rounded], traps=[InvalidOperation, DivisionByZero, Overflow])
# expect: 0.142857 123456789 1.23457E+8 1.23457E+6 1.41421
# expect: 0.33333 5
# expect: 0.3333333333333333333333333333
# expect: 0.666
# expect: 0.3334 2.001 3.142 Context(prec=4, rounding=ROUND_UP, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[Inexact, Rounded], traps=[InvalidOperation, DivisionByZero, Overflow])
# expect: D("abc") -> InvalidOperation [<class 'decimal.ConversionSyntax'>]
# expect: D(1)/0 -> DivisionByZero [<class 'decimal.DivisionByZero'>]
# expect: D(0)/0 -> InvalidOperation [<class 'decimal.DivisionUndefined'>]
# expect: D(1)%0 -> InvalidOperation [<class 'decimal.InvalidOperation'>]
# expect: D(0)%0 -> InvalidOperation [<class 'decimal.DivisionUndefined'>]
# expect: D(1)//0 -> DivisionByZero [<class 'decimal.DivisionByZero'>]
# expect: D("1e999999")*10 -> Overflow [<class 'decimal.Overflow'>]
# expect: D("NaN")<1 -> InvalidOperation [<class 'decimal.InvalidOperation'>]
# expect: D("1.5").quantize(D("1e-30")) -> InvalidOperation [<class 'decimal.InvalidOperation'>]
# expect: D(10**30)//D("0.001") -> InvalidOperation [<class 'decimal.DivisionImpossible'>]
# expect: D(-1).sqrt() -> InvalidOperation [<class 'decimal.InvalidOperation'>]
# expect: D("sNaN")+1 -> InvalidOperation [<class 'decimal.InvalidOperation'>]
# expect: D(1.1)+1.1 -> TypeError unsupported operand type(s) for +: 'decimal.Decimal' and 'float'
# expect: 1.1+D(1) -> TypeError unsupported operand type(s) for +: 'float' and 'decimal.Decimal'
# expect: hash(D("sNaN")) -> TypeError Cannot hash a signaling NaN value
# expect: int(D("nan")) -> ValueError cannot convert NaN to integer
# expect: int(D("-inf")) -> OverflowError cannot convert Infinity to integer
# expect: float(D("snan")) -> ValueError cannot convert signaling NaN to float
# expect: D([1,2]) -> ValueError argument must be a sequence of length 3
# expect: D(1)+"a" -> TypeError unsupported operand type(s) for +: 'decimal.Decimal' and 'str'
# expect: D("inf")-D("inf") -> InvalidOperation [<class 'decimal.InvalidOperation'>]
# expect: D(1, 2) -> TypeError optional argument must be a context
# expect: D((2, (1,), 0)) -> ValueError sign must be an integer with the value 0 or 1
# expect: D(object()) -> TypeError conversion from object to Decimal is not supported
# expect: D(1) < "x" -> TypeError '<' not supported between instances of 'decimal.Decimal' and 'str'
# expect: Infinity -Infinity True
# expect: True True False
# expect: True True True
# expect: valid range for prec is [1, MAX_PREC]
# expect: 0.1000000000000000055511151231257827021181583404541015625 -2.5 Infinity 3 0
# expect: 5/4 True True
# expect: [(3, '0.143'), (5, '0.14286'), (9, '0.142857143')] 28
