# Fraction arithmetic reduces through cross gcds: shared factors, signs, ints, zero, big terms.
from fractions import Fraction as F
import math

pairs = [(F(1, 6), F(1, 10)), (F(-5, 12), F(7, 18)), (F(3, 4), F(-3, 4)), (F(0), F(5, 7)),
         (F(9, 14), 7), (F(-2, 3), -6), (F(10, 21), F(-14, 15)), (F(1, 2**70), F(3, 2**65 * 5))]
for a, b in pairs:
    print(a + b, a - b, a * b, b + a, b - a, b * a)
    print(a / b if b else "-", b / a if a else "-")
print(3 - F(1, 3), 2 / F(4, 6), F(4, 6) / -2, -4 * F(3, 8), F(5, 9) + 4)
h = F(0)
for k in range(1, 120):
    h += F(1, k)
print(h.numerator % 1000003, h.denominator % 1000003, len(str(h.denominator)))
p = F(1)
for k in range(1, 60):
    p *= F(k + 1, k + 3)
    p /= F(2 * k + 1, 4 * k)
print(p)
s = F(7, 3)
for k in range(1, 50):
    s -= F(k, k + 1)
print(s, (s + 3) * F(-1, 2))
for e in ["F(3, 2) / 0", "F(-3, 2) / F(0)", "3 / F(0)", "F(0) / F(0)", "-3 / F(0, 5)"]:
    try:
        print(eval(e))
    except ZeroDivisionError as ex:
        print("ZeroDivisionError:", ex)
print(math.gcd(3**200 * 10, 25), math.gcd(-(7**90), 49 * 3), math.gcd(2**100, 0), math.gcd(0, -(2**100)))
print(math.gcd(-(3**100), -9), math.gcd(2**64, 2**62 * 3), math.gcd(10**30 + 1, 2**63 - 1))
# expect: 4/15 1/15 1/60 4/15 -1/15 1/60
# expect: 5/3 3/5
# expect: -1/36 -29/36 -35/216 -1/36 29/36 -35/216
# expect: -15/14 -14/15
# expect: 0 3/2 -9/16 0 -3/2 -9/16
# expect: -1 -1
# expect: 5/7 -5/7 0 5/7 5/7 0
# expect: 0 -
# expect: 107/14 -89/14 9/2 107/14 89/14 9/2
# expect: 9/98 98/9
# expect: -20/3 16/3 4 -20/3 -16/3 4
# expect: 1/9 9
# expect: -16/35 148/105 -4/9 -16/35 -148/105 -4/9
# expect: -25/49 -49/25
# expect: 101/5902958103587056517120 -91/5902958103587056517120 3/217780714829400616616559748756331655331840 101/5902958103587056517120 91/5902958103587056517120 3/217780714829400616616559748756331655331840
# expect: 5/96 96/5
# expect: 8/3 3 -1/3 -3/2 41/9
# expect: 629684 247575 50
# expect: 5986310706507378352962293074805895248510699696029696/57093372692852200951238102135911153905
# expect: -133777883791835121377641/3099044504245996706400 124480750279097131258441/6198089008491993412800
# expect: ZeroDivisionError: Fraction(1, 0)
# expect: ZeroDivisionError: Fraction(-1, 0)
# expect: ZeroDivisionError: Fraction(1, 0)
# expect: ZeroDivisionError: Fraction(0, 0)
# expect: ZeroDivisionError: Fraction(-1, 0)
# expect: 5 49 1267650600228229401496703205376 1267650600228229401496703205376
# expect: 9 4611686018427387904 1
