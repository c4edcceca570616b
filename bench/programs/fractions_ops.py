# Exact rational arithmetic with fractions.Fraction: harmonic-like sums and products.
from fractions import Fraction

def run(n):
    s = Fraction(0)
    p = Fraction(1)
    for i in range(1, n):
        s += Fraction(1, i)
        p = p * Fraction(i + 1, i) if i % 50 else Fraction(1)
        if s > 5 and s < Fraction(11, 2):
            s -= Fraction(1, 3)
    return s.numerator % 1000003, s.denominator % 1000003, p

print(run(3000))
