# Decimal.rotate and shift, and the Context methods of the same names: coefficients shorter and
# longer than the precision, every amount from -prec to prec, out-of-range and non-integral
# amounts, infinities and NaNs, with the flags they set.
from decimal import Decimal as D, getcontext, localcontext, Context


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


with localcontext() as ctx:
    ctx.prec = 9
    ctx.traps[__import__("decimal").InvalidOperation] = False
    for v in ["123456789", "12", "-1234.5678", "1234567890123", "0", "1E+5", "7.00E-3"]:
        for n in [-10, -9, -8, -3, -1, 0, 1, 2, 5, 8, 9, 10]:
            show("rotate %s %d" % (v, n), lambda: D(v).rotate(n))
            show("shift %s %d" % (v, n), lambda: D(v).shift(n))
    for v, n in [("Infinity", 3), ("-Infinity", -2), ("NaN12", 1), ("sNaN", 1), ("1", "NaN"),
                 ("1", "sNaN3"), ("1", "1.5"), ("1", "1E+1"), ("1", "Infinity"),
                 ("123", "2.0"), ("123", "-0")]:
        show("rotate %s %s" % (v, n), lambda: D(v).rotate(D(n)))
        show("shift %s %s" % (v, n), lambda: D(v).shift(D(n)))
c = Context(prec=5)
show("Context.rotate", lambda: c.rotate(D("12345"), 2))
show("Context.shift", lambda: c.shift(123, -1))
show("Context.rotate int", lambda: c.rotate(12, D(1)))
show("rotate float", lambda: D(1).rotate(1.0))
show("shift str", lambda: D(1).shift("1"))
show("rotate trapped", lambda: D(1).rotate(100))
show("shift default prec", lambda: D("1234567890123456789012345678901234").shift(3))
# expect: rotate 123456789 -10 Decimal('NaN') InvalidOperation
# expect: shift 123456789 -10 Decimal('NaN') InvalidOperation
# expect: rotate 123456789 -9 Decimal('123456789') 
# expect: shift 123456789 -9 Decimal('0') 
# expect: rotate 123456789 -8 Decimal('234567891') 
# expect: shift 123456789 -8 Decimal('1') 
# expect: rotate 123456789 -3 Decimal('789123456') 
# expect: shift 123456789 -3 Decimal('123456') 
# expect: rotate 123456789 -1 Decimal('912345678') 
# expect: shift 123456789 -1 Decimal('12345678') 
# expect: rotate 123456789 0 Decimal('123456789') 
# expect: shift 123456789 0 Decimal('123456789') 
# expect: rotate 123456789 1 Decimal('234567891') 
# expect: shift 123456789 1 Decimal('234567890') 
# expect: rotate 123456789 2 Decimal('345678912') 
# expect: shift 123456789 2 Decimal('345678900') 
# expect: rotate 123456789 5 Decimal('678912345') 
# expect: shift 123456789 5 Decimal('678900000') 
# expect: rotate 123456789 8 Decimal('912345678') 
# expect: shift 123456789 8 Decimal('900000000') 
# expect: rotate 123456789 9 Decimal('123456789') 
# expect: shift 123456789 9 Decimal('0') 
# expect: rotate 123456789 10 Decimal('NaN') InvalidOperation
# expect: shift 123456789 10 Decimal('NaN') InvalidOperation
# expect: rotate 12 -10 Decimal('NaN') InvalidOperation
# expect: shift 12 -10 Decimal('NaN') InvalidOperation
# expect: rotate 12 -9 Decimal('12') 
# expect: shift 12 -9 Decimal('0') 
# expect: rotate 12 -8 Decimal('120') 
# expect: shift 12 -8 Decimal('0') 
# expect: rotate 12 -3 Decimal('12000000') 
# expect: shift 12 -3 Decimal('0') 
# expect: rotate 12 -1 Decimal('200000001') 
# expect: shift 12 -1 Decimal('1') 
# expect: rotate 12 0 Decimal('12') 
# expect: shift 12 0 Decimal('12') 
# expect: rotate 12 1 Decimal('120') 
# expect: shift 12 1 Decimal('120') 
# expect: rotate 12 2 Decimal('1200') 
# expect: shift 12 2 Decimal('1200') 
# expect: rotate 12 5 Decimal('1200000') 
# expect: shift 12 5 Decimal('1200000') 
# expect: rotate 12 8 Decimal('200000001') 
# expect: shift 12 8 Decimal('200000000') 
# expect: rotate 12 9 Decimal('12') 
# expect: shift 12 9 Decimal('0') 
# expect: rotate 12 10 Decimal('NaN') InvalidOperation
# expect: shift 12 10 Decimal('NaN') InvalidOperation
# expect: rotate -1234.5678 -10 Decimal('NaN') InvalidOperation
# expect: shift -1234.5678 -10 Decimal('NaN') InvalidOperation
# expect: rotate -1234.5678 -9 Decimal('-1234.5678') 
# expect: shift -1234.5678 -9 Decimal('-0.0000') 
# expect: rotate -1234.5678 -8 Decimal('-12345.6780') 
# expect: shift -1234.5678 -8 Decimal('-0.0000') 
# expect: rotate -1234.5678 -3 Decimal('-67801.2345') 
# expect: shift -1234.5678 -3 Decimal('-1.2345') 
# expect: rotate -1234.5678 -1 Decimal('-80123.4567') 
# expect: shift -1234.5678 -1 Decimal('-123.4567') 
# expect: rotate -1234.5678 0 Decimal('-1234.5678') 
# expect: shift -1234.5678 0 Decimal('-1234.5678') 
# expect: rotate -1234.5678 1 Decimal('-12345.6780') 
# expect: shift -1234.5678 1 Decimal('-12345.6780') 
# expect: rotate -1234.5678 2 Decimal('-23456.7801') 
# expect: shift -1234.5678 2 Decimal('-23456.7800') 
# expect: rotate -1234.5678 5 Decimal('-56780.1234') 
# expect: shift -1234.5678 5 Decimal('-56780.0000') 
# expect: rotate -1234.5678 8 Decimal('-80123.4567') 
# expect: shift -1234.5678 8 Decimal('-80000.0000') 
# expect: rotate -1234.5678 9 Decimal('-1234.5678') 
# expect: shift -1234.5678 9 Decimal('-0.0000') 
# expect: rotate -1234.5678 10 Decimal('NaN') InvalidOperation
# expect: shift -1234.5678 10 Decimal('NaN') InvalidOperation
# expect: rotate 1234567890123 -10 Decimal('NaN') InvalidOperation
# expect: shift 1234567890123 -10 Decimal('NaN') InvalidOperation
# expect: rotate 1234567890123 -9 Decimal('567890123') 
# expect: shift 1234567890123 -9 Decimal('0') 
# expect: rotate 1234567890123 -8 Decimal('678901235') 
# expect: shift 1234567890123 -8 Decimal('5') 
# expect: rotate 1234567890123 -3 Decimal('123567890') 
# expect: shift 1234567890123 -3 Decimal('567890') 
# expect: rotate 1234567890123 -1 Decimal('356789012') 
# expect: shift 1234567890123 -1 Decimal('56789012') 
# expect: rotate 1234567890123 0 Decimal('567890123') 
# expect: shift 1234567890123 0 Decimal('567890123') 
# expect: rotate 1234567890123 1 Decimal('678901235') 
# expect: shift 1234567890123 1 Decimal('678901230') 
# expect: rotate 1234567890123 2 Decimal('789012356') 
# expect: shift 1234567890123 2 Decimal('789012300') 
# expect: rotate 1234567890123 5 Decimal('12356789') 
# expect: shift 1234567890123 5 Decimal('12300000') 
# expect: rotate 1234567890123 8 Decimal('356789012') 
# expect: shift 1234567890123 8 Decimal('300000000') 
# expect: rotate 1234567890123 9 Decimal('567890123') 
# expect: shift 1234567890123 9 Decimal('0') 
# expect: rotate 1234567890123 10 Decimal('NaN') InvalidOperation
# expect: shift 1234567890123 10 Decimal('NaN') InvalidOperation
# expect: rotate 0 -10 Decimal('NaN') InvalidOperation
# expect: shift 0 -10 Decimal('NaN') InvalidOperation
# expect: rotate 0 -9 Decimal('0') 
# expect: shift 0 -9 Decimal('0') 
# expect: rotate 0 -8 Decimal('0') 
# expect: shift 0 -8 Decimal('0') 
# expect: rotate 0 -3 Decimal('0') 
# expect: shift 0 -3 Decimal('0') 
# expect: rotate 0 -1 Decimal('0') 
# expect: shift 0 -1 Decimal('0') 
# expect: rotate 0 0 Decimal('0') 
# expect: shift 0 0 Decimal('0') 
# expect: rotate 0 1 Decimal('0') 
# expect: shift 0 1 Decimal('0') 
# expect: rotate 0 2 Decimal('0') 
# expect: shift 0 2 Decimal('0') 
# expect: rotate 0 5 Decimal('0') 
# expect: shift 0 5 Decimal('0') 
# expect: rotate 0 8 Decimal('0') 
# expect: shift 0 8 Decimal('0') 
# expect: rotate 0 9 Decimal('0') 
# expect: shift 0 9 Decimal('0') 
# expect: rotate 0 10 Decimal('NaN') InvalidOperation
# expect: shift 0 10 Decimal('NaN') InvalidOperation
# expect: rotate 1E+5 -10 Decimal('NaN') InvalidOperation
# expect: shift 1E+5 -10 Decimal('NaN') InvalidOperation
# expect: rotate 1E+5 -9 Decimal('1E+5') 
# expect: shift 1E+5 -9 Decimal('0E+5') 
# expect: rotate 1E+5 -8 Decimal('1.0E+6') 
# expect: shift 1E+5 -8 Decimal('0E+5') 
# expect: rotate 1E+5 -3 Decimal('1.000000E+11') 
# expect: shift 1E+5 -3 Decimal('0E+5') 
# expect: rotate 1E+5 -1 Decimal('1.00000000E+13') 
# expect: shift 1E+5 -1 Decimal('0E+5') 
# expect: rotate 1E+5 0 Decimal('1E+5') 
# expect: shift 1E+5 0 Decimal('1E+5') 
# expect: rotate 1E+5 1 Decimal('1.0E+6') 
# expect: shift 1E+5 1 Decimal('1.0E+6') 
# expect: rotate 1E+5 2 Decimal('1.00E+7') 
# expect: shift 1E+5 2 Decimal('1.00E+7') 
# expect: rotate 1E+5 5 Decimal('1.00000E+10') 
# expect: shift 1E+5 5 Decimal('1.00000E+10') 
# expect: rotate 1E+5 8 Decimal('1.00000000E+13') 
# expect: shift 1E+5 8 Decimal('1.00000000E+13') 
# expect: rotate 1E+5 9 Decimal('1E+5') 
# expect: shift 1E+5 9 Decimal('0E+5') 
# expect: rotate 1E+5 10 Decimal('NaN') InvalidOperation
# expect: shift 1E+5 10 Decimal('NaN') InvalidOperation
# expect: rotate 7.00E-3 -10 Decimal('NaN') InvalidOperation
# expect: shift 7.00E-3 -10 Decimal('NaN') InvalidOperation
# expect: rotate 7.00E-3 -9 Decimal('0.00700') 
# expect: shift 7.00E-3 -9 Decimal('0.00000') 
# expect: rotate 7.00E-3 -8 Decimal('0.07000') 
# expect: shift 7.00E-3 -8 Decimal('0.00000') 
# expect: rotate 7.00E-3 -3 Decimal('7000.00000') 
# expect: shift 7.00E-3 -3 Decimal('0.00000') 
# expect: rotate 7.00E-3 -1 Decimal('0.00070') 
# expect: shift 7.00E-3 -1 Decimal('0.00070') 
# expect: rotate 7.00E-3 0 Decimal('0.00700') 
# expect: shift 7.00E-3 0 Decimal('0.00700') 
# expect: rotate 7.00E-3 1 Decimal('0.07000') 
# expect: shift 7.00E-3 1 Decimal('0.07000') 
# expect: rotate 7.00E-3 2 Decimal('0.70000') 
# expect: shift 7.00E-3 2 Decimal('0.70000') 
# expect: rotate 7.00E-3 5 Decimal('700.00000') 
# expect: shift 7.00E-3 5 Decimal('700.00000') 
# expect: rotate 7.00E-3 8 Decimal('0.00070') 
# expect: shift 7.00E-3 8 Decimal('0.00000') 
# expect: rotate 7.00E-3 9 Decimal('0.00700') 
# expect: shift 7.00E-3 9 Decimal('0.00000') 
# expect: rotate 7.00E-3 10 Decimal('NaN') InvalidOperation
# expect: shift 7.00E-3 10 Decimal('NaN') InvalidOperation
# expect: rotate Infinity 3 Decimal('Infinity') 
# expect: shift Infinity 3 Decimal('Infinity') 
# expect: rotate -Infinity -2 Decimal('-Infinity') 
# expect: shift -Infinity -2 Decimal('-Infinity') 
# expect: rotate NaN12 1 Decimal('NaN12') 
# expect: shift NaN12 1 Decimal('NaN12') 
# expect: rotate sNaN 1 Decimal('NaN') InvalidOperation
# expect: shift sNaN 1 Decimal('NaN') InvalidOperation
# expect: rotate 1 NaN Decimal('NaN') 
# expect: shift 1 NaN Decimal('NaN') 
# expect: rotate 1 sNaN3 Decimal('NaN3') InvalidOperation
# expect: shift 1 sNaN3 Decimal('NaN3') InvalidOperation
# expect: rotate 1 1.5 Decimal('NaN') InvalidOperation
# expect: shift 1 1.5 Decimal('NaN') InvalidOperation
# expect: rotate 1 1E+1 Decimal('NaN') InvalidOperation
# expect: shift 1 1E+1 Decimal('NaN') InvalidOperation
# expect: rotate 1 Infinity Decimal('NaN') InvalidOperation
# expect: shift 1 Infinity Decimal('NaN') InvalidOperation
# expect: rotate 123 2.0 Decimal('NaN') InvalidOperation
# expect: shift 123 2.0 Decimal('NaN') InvalidOperation
# expect: rotate 123 -0 Decimal('123') 
# expect: shift 123 -0 Decimal('123') 
# expect: Context.rotate Decimal('34512') 
# expect: Context.shift Decimal('12') 
# expect: Context.rotate int Decimal('120') 
# expect: rotate float TypeError conversion from float to Decimal is not supported 
# expect: shift str TypeError conversion from str to Decimal is not supported 
# expect: rotate trapped InvalidOperation [<class 'decimal.InvalidOperation'>] InvalidOperation
# expect: shift default prec Decimal('123456789012345678901234000') 
