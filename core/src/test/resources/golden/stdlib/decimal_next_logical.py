# Decimal's logb, next_plus/next_minus/next_toward, compare_total(_mag) and the logical
# operations, with the flags they set, in the default and a small context.
from decimal import (Decimal as D, getcontext, localcontext, Context, InvalidOperation,
                     DivisionByZero, ROUND_HALF_UP)


def flags(c):
    return ",".join(sorted(k.__name__ for k, v in c.flags.items() if v))


def show(label, f):
    c = getcontext()
    c.clear_flags()
    try:
        r = f()
        print(label, repr(r), flags(c))
    except Exception as e:
        print(label, type(e).__name__, e, flags(c))


vals = ["0", "-0", "1", "-1", "1.00", "123.456", "-0.001", "9.999999999999999999999999999E+999999",
        "-9.999999999999999999999999999E+999999", "1E-1000026", "-1E-1000026", "1E-999999",
        "Infinity", "-Infinity", "NaN", "-NaN7", "sNaN", "12345678901234567890123456789012"]
for v in vals:
    x = D(v)
    show("logb " + v, x.logb)
    show("next_plus " + v, x.next_plus)
    show("next_minus " + v, x.next_minus)
for a, b in [("1", "2"), ("2", "1"), ("1", "1"), ("0", "-0"), ("-0", "0"), ("1", "Infinity"),
             ("9.999999999999999999999999999E+999999", "Infinity"), ("1E-999999", "0"),
             ("1E-1000026", "0"), ("NaN", "1"), ("1", "sNaN"), ("-Infinity", "-1")]:
    show("next_toward %s %s" % (a, b), lambda: D(a).next_toward(D(b)))
order = ["-NaN", "-sNaN", "-Infinity", "-2", "-1", "-1.0", "-0", "0", "0E-3", "1.0", "1",
         "1E+1", "Infinity", "sNaN", "NaN", "NaN5", "sNaN2", "-NaN3", "-0E+5"]
for a in order:
    print(a, [int(D(a).compare_total(D(b))) for b in order],
          [int(D(a).compare_total_mag(D(b))) for b in order])
for a, b in [("1100", "1010"), ("1", "111111"), ("0", "0"), ("101", "11"), ("1101", "2"),
             ("-1", "1"), ("1.0", "1"), ("10E1", "1"), ("NaN", "1")]:
    show("and %s %s" % (a, b), lambda: D(a).logical_and(D(b)))
    show("or %s %s" % (a, b), lambda: D(a).logical_or(D(b)))
    show("xor %s %s" % (a, b), lambda: D(a).logical_xor(D(b)))
for a in ["0", "1", "101", "1111111111111111111111111111", "2", "-1"]:
    show("invert " + a, D(a).logical_invert)
with localcontext(Context(prec=5, Emin=-9, Emax=9, traps=[])) as c:
    print(D("1").next_plus(), D("99999E5").next_plus(), D("0").next_minus(), D("1").next_minus())
    print(D("123").logical_invert(), D("1").logical_invert(), D("1010").logical_and(D("110")))
    print(D("111111").logical_or(D("1")), flags(c), D("1E+20").logb(), D("1234").logb())
    print(c.next_plus(D("1.5")), c.next_minus(D(1)), c.next_toward(D(1), D(2)), c.logb(D(100)),
          c.compare_total(D(1), D("1.0")), c.compare_total_mag(D(-1), D(1)),
          c.logical_and(D(11), D(10)), c.logical_or(D(1), D(10)), c.logical_xor(D(11), D(1)),
          c.logical_invert(D(0)))
print(D(5).compare_total(3), D(1).logical_and(1), D(11).logical_xor(True))
from decimal import *
c=Context(prec=5, traps=[])
print(c.logical_invert(Decimal("111110")), c.logical_and(Decimal("1011111"), Decimal("1111111")), c.flags[InvalidOperation], Decimal(True), Decimal(True).logical_and(1))

# expect: logb 0 DivisionByZero [<class 'decimal.DivisionByZero'>] DivisionByZero
# expect: next_plus 0 Decimal('1E-1000026') 
# expect: next_minus 0 Decimal('-1E-1000026') 
# expect: logb -0 DivisionByZero [<class 'decimal.DivisionByZero'>] DivisionByZero
# expect: next_plus -0 Decimal('1E-1000026') 
# expect: next_minus -0 Decimal('-1E-1000026') 
# expect: logb 1 Decimal('0') 
# expect: next_plus 1 Decimal('1.000000000000000000000000001') 
# expect: next_minus 1 Decimal('0.9999999999999999999999999999') 
# expect: logb -1 Decimal('0') 
# expect: next_plus -1 Decimal('-0.9999999999999999999999999999') 
# expect: next_minus -1 Decimal('-1.000000000000000000000000001') 
# expect: logb 1.00 Decimal('0') 
# expect: next_plus 1.00 Decimal('1.000000000000000000000000001') 
# expect: next_minus 1.00 Decimal('0.9999999999999999999999999999') 
# expect: logb 123.456 Decimal('2') 
# expect: next_plus 123.456 Decimal('123.4560000000000000000000001') 
# expect: next_minus 123.456 Decimal('123.4559999999999999999999999') 
# expect: logb -0.001 Decimal('-3') 
# expect: next_plus -0.001 Decimal('-0.0009999999999999999999999999999') 
# expect: next_minus -0.001 Decimal('-0.001000000000000000000000000001') 
# expect: logb 9.999999999999999999999999999E+999999 Decimal('999999') 
# expect: next_plus 9.999999999999999999999999999E+999999 Decimal('Infinity') 
# expect: next_minus 9.999999999999999999999999999E+999999 Decimal('9.999999999999999999999999998E+999999') 
# expect: logb -9.999999999999999999999999999E+999999 Decimal('999999') 
# expect: next_plus -9.999999999999999999999999999E+999999 Decimal('-9.999999999999999999999999998E+999999') 
# expect: next_minus -9.999999999999999999999999999E+999999 Decimal('-Infinity') 
# expect: logb 1E-1000026 Decimal('-1000026') 
# expect: next_plus 1E-1000026 Decimal('2E-1000026') 
# expect: next_minus 1E-1000026 Decimal('0E-1000026') 
# expect: logb -1E-1000026 Decimal('-1000026') 
# expect: next_plus -1E-1000026 Decimal('-0E-1000026') 
# expect: next_minus -1E-1000026 Decimal('-2E-1000026') 
# expect: logb 1E-999999 Decimal('-999999') 
# expect: next_plus 1E-999999 Decimal('1.000000000000000000000000001E-999999') 
# expect: next_minus 1E-999999 Decimal('9.99999999999999999999999999E-1000000') 
# expect: logb Infinity Decimal('Infinity') 
# expect: next_plus Infinity Decimal('Infinity') 
# expect: next_minus Infinity Decimal('9.999999999999999999999999999E+999999') 
# expect: logb -Infinity Decimal('Infinity') 
# expect: next_plus -Infinity Decimal('-9.999999999999999999999999999E+999999') 
# expect: next_minus -Infinity Decimal('-Infinity') 
# expect: logb NaN Decimal('NaN') 
# expect: next_plus NaN Decimal('NaN') 
# expect: next_minus NaN Decimal('NaN') 
# expect: logb -NaN7 Decimal('-NaN7') 
# expect: next_plus -NaN7 Decimal('-NaN7') 
# expect: next_minus -NaN7 Decimal('-NaN7') 
# expect: logb sNaN InvalidOperation [<class 'decimal.InvalidOperation'>] InvalidOperation
# expect: next_plus sNaN InvalidOperation [<class 'decimal.InvalidOperation'>] InvalidOperation
# expect: next_minus sNaN InvalidOperation [<class 'decimal.InvalidOperation'>] InvalidOperation
# expect: logb 12345678901234567890123456789012 Decimal('31') 
# expect: next_plus 12345678901234567890123456789012 Decimal('1.234567890123456789012345679E+31') 
# expect: next_minus 12345678901234567890123456789012 Decimal('1.234567890123456789012345678E+31') 
# expect: next_toward 1 2 Decimal('1.000000000000000000000000001') 
# expect: next_toward 2 1 Decimal('1.999999999999999999999999999') 
# expect: next_toward 1 1 Decimal('1') 
# expect: next_toward 0 -0 Decimal('-0') 
# expect: next_toward -0 0 Decimal('0') 
# expect: next_toward 1 Infinity Decimal('1.000000000000000000000000001') 
# expect: next_toward 9.999999999999999999999999999E+999999 Infinity Overflow [<class 'decimal.Overflow'>] Inexact,Overflow,Rounded
# expect: next_toward 1E-999999 0 Decimal('9.99999999999999999999999999E-1000000') Inexact,Rounded,Subnormal,Underflow
# expect: next_toward 1E-1000026 0 Decimal('0E-1000026') Clamped,Inexact,Rounded,Subnormal,Underflow
# expect: next_toward NaN 1 Decimal('NaN') 
# expect: next_toward 1 sNaN InvalidOperation [<class 'decimal.InvalidOperation'>] InvalidOperation
# expect: next_toward -Infinity -1 Decimal('-9.999999999999999999999999999E+999999') 
# expect: -NaN [0, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 1, -1] [0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, -1, 1, -1, 1]
# expect: -sNaN [1, 0, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 1, -1] [-1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, -1, -1, -1, -1, 1]
# expect: -Infinity [1, 1, 0, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 1, -1] [-1, -1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, -1, -1, -1, -1, -1, 1]
# expect: -2 [1, 1, 1, 0, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 1, -1] [-1, -1, -1, 0, 1, 1, 1, 1, 1, 1, 1, -1, -1, -1, -1, -1, -1, -1, 1]
# expect: -1 [1, 1, 1, 1, 0, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 1, -1] [-1, -1, -1, -1, 0, 1, 1, 1, 1, 1, 0, -1, -1, -1, -1, -1, -1, -1, 1]
# expect: -1.0 [1, 1, 1, 1, 1, 0, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 1, -1] [-1, -1, -1, -1, -1, 0, 1, 1, 1, 0, -1, -1, -1, -1, -1, -1, -1, -1, 1]
# expect: -0 [1, 1, 1, 1, 1, 1, 0, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 1, 1] [-1, -1, -1, -1, -1, -1, 0, 0, 1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]
# expect: 0 [1, 1, 1, 1, 1, 1, 1, 0, 1, -1, -1, -1, -1, -1, -1, -1, -1, 1, 1] [-1, -1, -1, -1, -1, -1, 0, 0, 1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]
# expect: 0E-3 [1, 1, 1, 1, 1, 1, 1, -1, 0, -1, -1, -1, -1, -1, -1, -1, -1, 1, 1] [-1, -1, -1, -1, -1, -1, -1, -1, 0, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]
# expect: 1.0 [1, 1, 1, 1, 1, 1, 1, 1, 1, 0, -1, -1, -1, -1, -1, -1, -1, 1, 1] [-1, -1, -1, -1, -1, 0, 1, 1, 1, 0, -1, -1, -1, -1, -1, -1, -1, -1, 1]
# expect: 1 [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, -1, -1, -1, -1, -1, -1, 1, 1] [-1, -1, -1, -1, 0, 1, 1, 1, 1, 1, 0, -1, -1, -1, -1, -1, -1, -1, 1]
# expect: 1E+1 [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, -1, -1, -1, -1, -1, 1, 1] [-1, -1, -1, 1, 1, 1, 1, 1, 1, 1, 1, 0, -1, -1, -1, -1, -1, -1, 1]
# expect: Infinity [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, -1, -1, -1, -1, 1, 1] [-1, -1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, -1, -1, -1, -1, -1, 1]
# expect: sNaN [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, -1, -1, -1, 1, 1] [-1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, -1, -1, -1, -1, 1]
# expect: NaN [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, -1, 1, 1, 1] [0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, -1, 1, -1, 1]
# expect: NaN5 [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1] [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1]
# expect: sNaN2 [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, -1, -1, 0, 1, 1] [-1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, -1, -1, 0, -1, 1]
# expect: -NaN3 [-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 0, -1] [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, -1, 1, 0, 1]
# expect: -0E+5 [1, 1, 1, 1, 1, 1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 1, 0] [-1, -1, -1, -1, -1, -1, 1, 1, 1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 0]
# expect: and 1100 1010 Decimal('1000') 
# expect: or 1100 1010 Decimal('1110') 
# expect: xor 1100 1010 Decimal('110') 
# expect: and 1 111111 Decimal('1') 
# expect: or 1 111111 Decimal('111111') 
# expect: xor 1 111111 Decimal('111110') 
# expect: and 0 0 Decimal('0') 
# expect: or 0 0 Decimal('0') 
# expect: xor 0 0 Decimal('0') 
# expect: and 101 11 Decimal('1') 
# expect: or 101 11 Decimal('111') 
# expect: xor 101 11 Decimal('110') 
# expect: and 1101 2 InvalidOperation [<class 'decimal.InvalidOperation'>] InvalidOperation
# expect: or 1101 2 InvalidOperation [<class 'decimal.InvalidOperation'>] InvalidOperation
# expect: xor 1101 2 InvalidOperation [<class 'decimal.InvalidOperation'>] InvalidOperation
# expect: and -1 1 InvalidOperation [<class 'decimal.InvalidOperation'>] InvalidOperation
# expect: or -1 1 InvalidOperation [<class 'decimal.InvalidOperation'>] InvalidOperation
# expect: xor -1 1 InvalidOperation [<class 'decimal.InvalidOperation'>] InvalidOperation
# expect: and 1.0 1 InvalidOperation [<class 'decimal.InvalidOperation'>] InvalidOperation
# expect: or 1.0 1 InvalidOperation [<class 'decimal.InvalidOperation'>] InvalidOperation
# expect: xor 1.0 1 InvalidOperation [<class 'decimal.InvalidOperation'>] InvalidOperation
# expect: and 10E1 1 InvalidOperation [<class 'decimal.InvalidOperation'>] InvalidOperation
# expect: or 10E1 1 InvalidOperation [<class 'decimal.InvalidOperation'>] InvalidOperation
# expect: xor 10E1 1 InvalidOperation [<class 'decimal.InvalidOperation'>] InvalidOperation
# expect: and NaN 1 InvalidOperation [<class 'decimal.InvalidOperation'>] InvalidOperation
# expect: or NaN 1 InvalidOperation [<class 'decimal.InvalidOperation'>] InvalidOperation
# expect: xor NaN 1 InvalidOperation [<class 'decimal.InvalidOperation'>] InvalidOperation
# expect: invert 0 Decimal('1111111111111111111111111111') 
# expect: invert 1 Decimal('1111111111111111111111111110') 
# expect: invert 101 Decimal('1111111111111111111111111010') 
# expect: invert 1111111111111111111111111111 Decimal('0') 
# expect: invert 2 InvalidOperation [<class 'decimal.InvalidOperation'>] InvalidOperation
# expect: invert -1 InvalidOperation [<class 'decimal.InvalidOperation'>] InvalidOperation
# expect: 1.0001 Infinity -1E-13 0.99999
# expect: NaN 11110 10
# expect: 11111 InvalidOperation 20 3
# expect: 1.5001 0.99999 1.0001 2 1 0 10 11 10 11111
# expect: 1 1 10
# expect: 1 11111 False 1 1
