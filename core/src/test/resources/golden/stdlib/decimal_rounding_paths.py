# Decimal's rounding, sums, quotients, comparisons and parsing under several contexts,
# including underscores anywhere in a numeric string, subnormals, overflow and clamping.
from decimal import (Decimal, localcontext, InvalidOperation, DivisionByZero, Overflow,
                     ROUND_DOWN, ROUND_05UP, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP)

for s in ["_1", "1__2", "_-1", "1_.5", "1e_5", " 12_3.4_5 ", "_", "1e", ".5", "5.", "abc",
          "1E+9999999999999999999999", "10E+999999999999999999", "1E+999999999999999999",
          "1E-1999999999999999997", "0.1E-1999999999999999997", "-0E-3", "sNaN12", "-Inf", "1.50"]:
    try:
        print(repr(s), repr(Decimal(s)))
    except InvalidOperation as e:
        print(repr(s), "InvalidOperation", e)

vals = [Decimal(v) for v in ["0", "-0", "1", "-2.5", "0.001", "9.99999", "123456.789",
                             "1E+5", "1e-7", "-Inf", "NaN", "1E+999999999999999999"]]
contexts = [dict(prec=5, rounding=ROUND_DOWN),
            dict(prec=3, rounding=ROUND_05UP, Emin=-5, Emax=5),
            dict(prec=6, rounding=ROUND_CEILING, clamp=1, Emax=10, Emin=-10),
            dict(prec=4, rounding=ROUND_FLOOR)]
for args in contexts:
    with localcontext(**args) as c:
        c.traps[InvalidOperation] = c.traps[DivisionByZero] = c.traps[Overflow] = False
        for a in vals:
            row = []
            for b in vals[2:8]:
                for op in ("+", "-", "*", "/", "<"):
                    c.clear_flags()
                    r = eval("a %s b" % op)
                    flags = "".join(k.__name__[0] for k, v in sorted(c.flags.items(),
                                    key=lambda kv: kv[0].__name__) if v)
                    row.append("%s%s" % (r, "[" + flags + "]" if flags else ""))
            print(a, " ".join(row))
        print(Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), c.flags[Overflow])

try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print("DivisionByZero", e)
try:
    Decimal("9E+999999") * 10
except Overflow as e:
    print("Overflow", e)
print(Decimal(1) / Decimal(7), Decimal("1E-999999") / 3, Decimal("0.1") + Decimal("0.2"))

# expect: '_1' Decimal('1')
# expect: '1__2' Decimal('12')
# expect: '_-1' Decimal('-1')
# expect: '1_.5' Decimal('1.5')
# expect: '1e_5' Decimal('1E+5')
# expect: ' 12_3.4_5 ' Decimal('123.45')
# expect: '_' InvalidOperation [<class 'decimal.ConversionSyntax'>]
# expect: '1e' InvalidOperation [<class 'decimal.ConversionSyntax'>]
# expect: '.5' Decimal('0.5')
# expect: '5.' Decimal('5')
# expect: 'abc' InvalidOperation [<class 'decimal.ConversionSyntax'>]
# expect: '1E+9999999999999999999999' InvalidOperation [<class 'decimal.InvalidOperation'>]
# expect: '10E+999999999999999999' InvalidOperation [<class 'decimal.InvalidOperation'>]
# expect: '1E+999999999999999999' Decimal('1E+999999999999999999')
# expect: '1E-1999999999999999997' Decimal('1E-1999999999999999997')
# expect: '0.1E-1999999999999999997' InvalidOperation [<class 'decimal.InvalidOperation'>]
# expect: '-0E-3' Decimal('-0.000')
# expect: 'sNaN12' Decimal('sNaN12')
# expect: '-Inf' Decimal('-Infinity')
# expect: '1.50' Decimal('1.50')
# expect: 0 1 -1 0 0 True -2.5 2.5 -0.0 -0E+1 False 0.001 -0.001 0.000 0E+3 True 9.9999[IR] -9.9999[IR] 0.00000 0E+5 True 1.2345E+5[IR] -1.2345E+5[IR] 0.000 0E+3 True 1.0000E+5[R] -1.0000E+5[R] 0E+5 0.00000 True
# expect: -0 1 -1 -0 -0 True -2.5 2.5 0.0 0E+1 False 0.001 -0.001 -0.000 -0E+3 True 9.9999[IR] -9.9999[IR] -0.00000 -0E+5 True 1.2345E+5[IR] -1.2345E+5[IR] -0.000 -0E+3 True 1.0000E+5[R] -1.0000E+5[R] -0E+5 -0.00000 True
# expect: 1 2 0 1 1 False -1.5 3.5 -2.5 -0.4 False 1.001 0.999 0.001 1E+3 False 10.999[IR] -8.9999[IR] 9.9999[IR] 0.10000[IR] True 1.2345E+5[IR] -1.2345E+5[IR] 1.2345E+5[IR] 0.0000081000[IR] True 1.0000E+5[IR] -99999 1E+5 0.00001 True
# expect: -2.5 -1.5 -3.5 -2.5 -2.5 True -5.0 0.0 6.25 1 False -2.499 -2.501 -0.0025 -2.5E+3 True 7.4999[IR] -12.499[IR] -24.999[IR] -0.25000[IR] True 1.2345E+5[IR] -1.2345E+5[IR] -3.0864E+5[IR] -0.000020250[IR] True 99997[IR] -1.0000E+5[IR] -2.5E+5 -0.000025 True
# expect: 0.001 1.001 -0.999 0.001 0.001 True -2.499 2.501 -0.0025 -0.0004 False 0.002 0.000 0.000001 1 False 10.000[IR] -9.9989[IR] 0.0099999[IR] 0.00010000[IR] True 1.2345E+5[IR] -1.2345E+5[IR] 123.45[IR] 8.1000E-9[IR] True 1.0000E+5[IR] -99999[IR] 1E+2 1E-8 True
# expect: 9.99999 10.999[IR] 8.9999[IR] 9.9999[IR] 9.9999[IR] False 7.4999[IR] 12.499[IR] -24.999[IR] -3.9999[IR] False 10.000[IR] 9.9989[IR] 0.0099999[IR] 9999.9[IR] False 19.999[IR] 0.00000 99.999[IR] 1 False 1.2346E+5[IR] -1.2344E+5[IR] 1.2345E+6[IR] 0.000080999[IR] True 1.0000E+5[IR] -99990[IR] 9.9999E+5[IR] 0.000099999[IR] True
# expect: 123456.789 1.2345E+5[IR] 1.2345E+5[IR] 1.2345E+5[IR] 1.2345E+5[IR] False 1.2345E+5[IR] 1.2345E+5[IR] -3.0864E+5[IR] -49382[IR] False 1.2345E+5[IR] 1.2345E+5[IR] 123.45[IR] 1.2345E+8[IR] False 1.2346E+5[IR] 1.2344E+5[IR] 1.2345E+6[IR] 12345[IR] False 2.4691E+5[IR] 0.000 1.5241E+10[IR] 1 False 2.2345E+5[IR] 23456[IR] 1.2345E+10[IR] 1.2345[IR] False
# expect: 1E+5 1.0000E+5[IR] 99999 1E+5 1E+5 False 99997[IR] 1.0000E+5[IR] -2.5E+5 -4E+4 False 1.0000E+5[IR] 99999[IR] 1E+2 1E+8 False 1.0000E+5[IR] 99990[IR] 9.9999E+5[IR] 10000[IR] False 2.2345E+5[IR] -23456[IR] 1.2345E+10[IR] 0.81000[IR] True 2E+5 0E+5 1E+10 1 False
# expect: 1E-7 1.0000[IR] -0.99999[IR] 1E-7 1E-7 True -2.4999[IR] 2.5000[IR] -2.5E-7 -4E-8 False 0.0010001 -0.0009999 1E-10 0.0001 True 9.9999[IR] -9.9999[IR] 9.9999E-7[IR] 1.0000E-8[IR] True 1.2345E+5[IR] -1.2345E+5[IR] 0.012345[IR] 8.1000E-13[IR] True 1.0000E+5[IR] -99999[IR] 0.01 1E-12 True
# expect: -Infinity -Infinity -Infinity -Infinity -Infinity True -Infinity -Infinity Infinity Infinity True -Infinity -Infinity -Infinity -Infinity True -Infinity -Infinity -Infinity -Infinity True -Infinity -Infinity -Infinity -Infinity True -Infinity -Infinity -Infinity -Infinity True
# expect: NaN NaN NaN NaN NaN False[I] NaN NaN NaN NaN False[I] NaN NaN NaN NaN False[I] NaN NaN NaN NaN False[I] NaN NaN NaN NaN False[I] NaN NaN NaN NaN False[I]
# expect: 1E+999999999999999999 9.9999E+999999[IOR] 9.9999E+999999[IOR] 9.9999E+999999[IOR] 9.9999E+999999[IOR] False 9.9999E+999999[IOR] 9.9999E+999999[IOR] -9.9999E+999999[IOR] -9.9999E+999999[IOR] False 9.9999E+999999[IOR] 9.9999E+999999[IOR] 9.9999E+999999[IOR] 9.9999E+999999[IOR] False 9.9999E+999999[IOR] 9.9999E+999999[IOR] 9.9999E+999999[IOR] 9.9999E+999999[IOR] False 9.9999E+999999[IOR] 9.9999E+999999[IOR] 9.9999E+999999[IOR] 9.9999E+999999[IOR] False 9.9999E+999999[IOR] 9.9999E+999999[IOR] 9.9999E+999999[IOR] 9.9999E+999999[IOR] False
# expect: 2.68 False
# expect: 0 1 -1 0 0 True -2.5 2.5 -0.0 -0E+1 False 0.001 -0.001 0.000 0E+3 True 9.99[IR] -9.99[IR] 0.00000 0E+5 True 1.23E+5[IR] -1.23E+5[IR] 0.000 0E+3 True 1.00E+5[R] -1.00E+5[R] 0E+5 0.00000 True
# expect: -0 1 -1 -0 -0 True -2.5 2.5 0.0 0E+1 False 0.001 -0.001 -0.000 -0E+3 True 9.99[IR] -9.99[IR] -0.00000 -0E+5 True 1.23E+5[IR] -1.23E+5[IR] -0.000 -0E+3 True 1.00E+5[R] -1.00E+5[R] -0E+5 -0.00000 True
# expect: 1 2 0 1 1 False -1.5 3.5 -2.5 -0.4 False 1.01[IR] 0.999 0.001 1E+3 False 10.9[IR] -8.99[IR] 9.99[IR] 0.101[IR] True 1.23E+5[IR] -1.23E+5[IR] 1.23E+5[IR] 0.0000081[IRSU] True 1.01E+5[IR] -9.99E+4[IR] 1E+5 0.00001 True
# expect: -2.5 -1.5 -3.5 -2.5 -2.5 True -5.0 0.0 6.25 1 False -2.49[IR] -2.51[IR] -0.0025 -2.5E+3 True 7.49[IR] -12.4[IR] -24.9[IR] -0.251[IR] True 1.23E+5[IR] -1.23E+5[IR] -3.08E+5[IR] -0.0000202[IR] True 9.99E+4[IR] -1.01E+5[IR] -2.5E+5 -0.000025 True
# expect: 0.001 1.01[IR] -0.999 0.001 0.001 True -2.49[IR] 2.51[IR] -0.0025 -0.0004 False 0.002 0.000 0.000001[S] 1 False 10.1[IR] -9.99[IR] 0.00999[IR] 0.000101[IR] True 1.23E+5[IR] -1.23E+5[IR] 123[IR] 1E-7[IRSU] True 1.01E+5[IR] -9.99E+4[IR] 1E+2 1E-7[IRSU] True
# expect: 9.99999 10.9[IR] 8.99[IR] 9.99[IR] 9.99[IR] False 7.49[IR] 12.4[IR] -24.9[IR] -3.99[IR] False 10.1[IR] 9.99[IR] 0.00999[IR] 9.99E+3[IR] False 19.9[IR] 0.00000 99.9[IR] 1 False 1.23E+5[IR] -1.23E+5[IR] 9.99E+5[IOR] 0.0000809[IR] True 1.01E+5[IR] -9.99E+4[IR] 9.99E+5[IR] 0.0000999[IR] True
# expect: 123456.789 1.23E+5[IR] 1.23E+5[IR] 1.23E+5[IR] 1.23E+5[IR] False 1.23E+5[IR] 1.23E+5[IR] -3.08E+5[IR] -4.93E+4[IR] False 1.23E+5[IR] 1.23E+5[IR] 123[IR] 9.99E+5[IOR] False 1.23E+5[IR] 1.23E+5[IR] 9.99E+5[IOR] 1.23E+4[IR] False 2.46E+5[IR] 0.000 9.99E+5[IOR] 1 False 2.23E+5[IR] 2.34E+4[IR] 9.99E+5[IOR] 1.23[IR] False
# expect: 1E+5 1.01E+5[IR] 9.99E+4[IR] 1E+5 1E+5 False 9.99E+4[IR] 1.01E+5[IR] -2.5E+5 -4E+4 False 1.01E+5[IR] 9.99E+4[IR] 1E+2 9.99E+5[IOR] False 1.01E+5[IR] 9.99E+4[IR] 9.99E+5[IR] 1.01E+4[IR] False 2.23E+5[IR] -2.34E+4[IR] 9.99E+5[IOR] 0.811[IR] True 2E+5 0E+5 9.99E+5[IOR] 1 False
# expect: 1E-7 1.01[IR] -0.999[IR] 1E-7[S] 1E-7[S] True -2.49[IR] 2.51[IR] -2E-7[IRSU] -1E-7[IRSU] False 0.00101[IR] -0.000999[IR] 1E-7[IRSU] 0.0001 True 9.99[IR] -9.99[IR] 9E-7[IRSU] 1E-7[IRSU] True 1.23E+5[IR] -1.23E+5[IR] 0.0123[IR] 1E-7[IRSU] True 1.01E+5[IR] -9.99E+4[IR] 0.01 1E-7[IRSU] True
# expect: -Infinity -Infinity -Infinity -Infinity -Infinity True -Infinity -Infinity Infinity Infinity True -Infinity -Infinity -Infinity -Infinity True -Infinity -Infinity -Infinity -Infinity True -Infinity -Infinity -Infinity -Infinity True -Infinity -Infinity -Infinity -Infinity True
# expect: NaN NaN NaN NaN NaN False[I] NaN NaN NaN NaN False[I] NaN NaN NaN NaN False[I] NaN NaN NaN NaN False[I] NaN NaN NaN NaN False[I] NaN NaN NaN NaN False[I]
# expect: 1E+999999999999999999 9.99E+5[IOR] 9.99E+5[IOR] 9.99E+5[IOR] 9.99E+5[IOR] False 9.99E+5[IOR] 9.99E+5[IOR] -9.99E+5[IOR] -9.99E+5[IOR] False 9.99E+5[IOR] 9.99E+5[IOR] 9.99E+5[IOR] 9.99E+5[IOR] False 9.99E+5[IOR] 9.99E+5[IOR] 9.99E+5[IOR] 9.99E+5[IOR] False 9.99E+5[IOR] 9.99E+5[IOR] 9.99E+5[IOR] 9.99E+5[IOR] False 9.99E+5[IOR] 9.99E+5[IOR] 9.99E+5[IOR] 9.99E+5[IOR] False
# expect: 2.68 False
# expect: 0 1 -1 0 0 True -2.5 2.5 -0.0 -0E+1 False 0.001 -0.001 0.000 0E+3 True 9.99999 -9.99999 0.00000 0E+5 True 123457[IR] -123456[IR] 0.000 0E+3 True 100000 -100000 0E+5 0.00000 True
# expect: -0 1 -1 -0 -0 True -2.5 2.5 0.0 0E+1 False 0.001 -0.001 -0.000 -0E+3 True 9.99999 -9.99999 -0.00000 -0E+5 True 123457[IR] -123456[IR] -0.000 -0E+3 True 100000 -100000 -0E+5 -0.00000 True
# expect: 1 2 0 1 1 False -1.5 3.5 -2.5 -0.4 False 1.001 0.999 0.001 1E+3 False 11.0000[IR] -8.99999 9.99999 0.100001[IR] True 123458[IR] -123455[IR] 123457[IR] 0.00000810001[IR] True 100001 -99999 1E+5 0.00001 True
# expect: -2.5 -1.5 -3.5 -2.5 -2.5 True -5.0 0.0 6.25 1 False -2.499 -2.501 -0.0025 -2.5E+3 True 7.49999 -12.4999[IR] -24.9999[IR] -0.250000[IR] True 123455[IR] -123459[IR] -308641[IR] -0.0000202500[IR] True 99997.5 -100002[IR] -2.5E+5 -0.000025 True
# expect: 0.001 1.001 -0.999 0.001 0.001 True -2.499 2.501 -0.0025 -0.0004 False 0.002 0.000 0.000001 1 False 10.0010[IR] -9.99899 0.00999999 0.000100001[IR] True 123457[IR] -123456[IR] 123.457[IR] 8.10001E-9[IR] True 100001[IR] -99999.9[IR] 1E+2 1E-8 True
# expect: 9.99999 11.0000[IR] 8.99999 9.99999 9.99999 False 7.49999 12.5000[IR] -24.9999[IR] -3.99999[IR] False 10.0010[IR] 9.99899 0.00999999 9999.99 False 20.0000[IR] 0.00000 99.9999[IR] 1 False 123467[IR] -123446[IR] 1.23457E+6[IR] 0.0000810000[IR] True 100010[IR] -99990.0[IR] 999999 0.0000999999 True
# expect: 123456.789 123458[IR] 123456[IR] 123457[IR] 123457[IR] False 123455[IR] 123460[IR] -308641[IR] -49382.7[IR] False 123457[IR] 123457[IR] 123.457[IR] 1.23457E+8[IR] False 123467[IR] 123447[IR] 1.23457E+6[IR] 12345.7[IR] False 246914[IR] 0.000 1.52416E+10[IR] 1 False 223457[IR] 23456.8[IR] 1.23457E+10[IR] 1.23457[IR] False
# expect: 1E+5 100001 99999 1E+5 1E+5 False 99997.5 100003[IR] -2.5E+5 -4E+4 False 100001[IR] 100000[IR] 1E+2 1.000E+8[C] False 100010[IR] 99990.1[IR] 999999 10000.1[IR] False 223457[IR] -23456.7[IR] 1.23457E+10[IR] 0.810001[IR] True 2E+5 0E+5 1.00000E+10[C] 1 False
# expect: 1E-7 1.00001[IR] -0.999999[IR] 1E-7 1E-7 True -2.49999[IR] 2.50001[IR] -2.5E-7 -4E-8 False 0.0010001 -0.0009999 1E-10 0.0001 True 10.0000[IR] -9.99998[IR] 9.99999E-7 1.00001E-8[IR] True 123457[IR] -123456[IR] 0.0123457[IR] 8.11E-13[IRSU] True 100001[IR] -99999.9[IR] 0.01 1E-12[S] True
# expect: -Infinity -Infinity -Infinity -Infinity -Infinity True -Infinity -Infinity Infinity Infinity True -Infinity -Infinity -Infinity -Infinity True -Infinity -Infinity -Infinity -Infinity True -Infinity -Infinity -Infinity -Infinity True -Infinity -Infinity -Infinity -Infinity True
# expect: NaN NaN NaN NaN NaN False[I] NaN NaN NaN NaN False[I] NaN NaN NaN NaN False[I] NaN NaN NaN NaN False[I] NaN NaN NaN NaN False[I] NaN NaN NaN NaN False[I]
# expect: 1E+999999999999999999 Infinity[IOR] Infinity[IOR] Infinity[IOR] Infinity[IOR] False Infinity[IOR] Infinity[IOR] -9.99999E+10[IOR] -9.99999E+10[IOR] False Infinity[IOR] Infinity[IOR] Infinity[IOR] Infinity[IOR] False Infinity[IOR] Infinity[IOR] Infinity[IOR] Infinity[IOR] False Infinity[IOR] Infinity[IOR] Infinity[IOR] Infinity[IOR] False Infinity[IOR] Infinity[IOR] Infinity[IOR] Infinity[IOR] False
# expect: 2.68 False
# expect: 0 1 -1 0 0 True -2.5 2.5 -0.0 -0E+1 False 0.001 -0.001 0.000 0E+3 True 9.999[IR] -10.00[IR] 0.00000 0E+5 True 1.234E+5[IR] -1.235E+5[IR] 0.000 0E+3 True 1.000E+5[R] -1.000E+5[R] 0E+5 0.00000 True
# expect: -0 1 -1 -0 -0 True -2.5 2.5 0.0 0E+1 False 0.001 -0.001 -0.000 -0E+3 True 9.999[IR] -10.00[IR] -0.00000 -0E+5 True 1.234E+5[IR] -1.235E+5[IR] -0.000 -0E+3 True 1.000E+5[R] -1.000E+5[R] -0E+5 -0.00000 True
# expect: 1 2 -0 1 1 False -1.5 3.5 -2.5 -0.4 False 1.001 0.999 0.001 1E+3 False 10.99[IR] -9.000[IR] 9.999[IR] 0.1000[IR] True 1.234E+5[IR] -1.235E+5[IR] 1.234E+5[IR] 0.000008100[IR] True 1.000E+5[IR] -1.000E+5[IR] 1E+5 0.00001 True
# expect: -2.5 -1.5 -3.5 -2.5 -2.5 True -5.0 -0.0 6.25 1 False -2.499 -2.501 -0.0025 -2.5E+3 True 7.499[IR] -12.50[IR] -25.00[IR] -0.2501[IR] True 1.234E+5[IR] -1.235E+5[IR] -3.087E+5[IR] -0.00002026[IR] True 9.999E+4[IR] -1.001E+5[IR] -2.5E+5 -0.000025 True
# expect: 0.001 1.001 -0.999 0.001 0.001 True -2.499 2.501 -0.0025 -0.0004 False 0.002 -0.000 0.000001 1 False 10.00[IR] -9.999[IR] 0.009999[IR] 0.0001000[IR] True 1.234E+5[IR] -1.235E+5[IR] 123.4[IR] 8.100E-9[IR] True 1.000E+5[IR] -1.000E+5[IR] 1E+2 1E-8 True
# expect: 9.99999 10.99[IR] 8.999[IR] 9.999[IR] 9.999[IR] False 7.499[IR] 12.49[IR] -25.00[IR] -4.000[IR] False 10.00[IR] 9.998[IR] 0.009999[IR] 9999[IR] False 19.99[IR] -0.00000 99.99[IR] 1 False 1.234E+5[IR] -1.235E+5[IR] 1.234E+6[IR] 0.00008099[IR] True 1.000E+5[IR] -1.000E+5[IR] 9.999E+5[IR] 0.00009999[IR] True
# expect: 123456.789 1.234E+5[IR] 1.234E+5[IR] 1.234E+5[IR] 1.234E+5[IR] False 1.234E+5[IR] 1.234E+5[IR] -3.087E+5[IR] -4.939E+4[IR] False 1.234E+5[IR] 1.234E+5[IR] 123.4[IR] 1.234E+8[IR] False 1.234E+5[IR] 1.234E+5[IR] 1.234E+6[IR] 1.234E+4[IR] False 2.469E+5[IR] -0.000 1.524E+10[IR] 1 False 2.234E+5[IR] 2.345E+4[IR] 1.234E+10[IR] 1.234[IR] False
# expect: 1E+5 1.000E+5[IR] 9.999E+4[IR] 1E+5 1E+5 False 9.999E+4[IR] 1.000E+5[IR] -2.5E+5 -4E+4 False 1.000E+5[IR] 9.999E+4[IR] 1E+2 1E+8 False 1.000E+5[IR] 9.999E+4[IR] 9.999E+5[IR] 1.000E+4[IR] False 2.234E+5[IR] -2.346E+4[IR] 1.234E+10[IR] 0.8100[IR] True 2E+5 -0E+5 1E+10 1 False
# expect: 1E-7 1.000[IR] -1.000[IR] 1E-7 1E-7 True -2.500[IR] 2.500[IR] -2.5E-7 -4E-8 False 0.001000[IR] -0.0009999 1E-10 0.0001 True 9.999[IR] -10.00[IR] 9.999E-7[IR] 1.000E-8[IR] True 1.234E+5[IR] -1.235E+5[IR] 0.01234[IR] 8.100E-13[IR] True 1.000E+5[IR] -1.000E+5[IR] 0.01 1E-12 True
# expect: -Infinity -Infinity -Infinity -Infinity -Infinity True -Infinity -Infinity Infinity Infinity True -Infinity -Infinity -Infinity -Infinity True -Infinity -Infinity -Infinity -Infinity True -Infinity -Infinity -Infinity -Infinity True -Infinity -Infinity -Infinity -Infinity True
# expect: NaN NaN NaN NaN NaN False[I] NaN NaN NaN NaN False[I] NaN NaN NaN NaN False[I] NaN NaN NaN NaN False[I] NaN NaN NaN NaN False[I] NaN NaN NaN NaN False[I]
# expect: 1E+999999999999999999 9.999E+999999[IOR] 9.999E+999999[IOR] 9.999E+999999[IOR] 9.999E+999999[IOR] False 9.999E+999999[IOR] 9.999E+999999[IOR] -Infinity[IOR] -Infinity[IOR] False 9.999E+999999[IOR] 9.999E+999999[IOR] 9.999E+999999[IOR] 9.999E+999999[IOR] False 9.999E+999999[IOR] 9.999E+999999[IOR] 9.999E+999999[IOR] 9.999E+999999[IOR] False 9.999E+999999[IOR] 9.999E+999999[IOR] 9.999E+999999[IOR] 9.999E+999999[IOR] False 9.999E+999999[IOR] 9.999E+999999[IOR] 9.999E+999999[IOR] 9.999E+999999[IOR] False
# expect: 2.68 False
# expect: DivisionByZero [<class 'decimal.DivisionByZero'>]
# expect: Overflow [<class 'decimal.Overflow'>]
# expect: 0.1428571428571428571428571429 3.33333333333333333333333333E-1000000 0.3
