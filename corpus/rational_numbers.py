def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Rational:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("denominator is zero")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num, self.den = num // g, den // g

    @staticmethod
    def _coerce(x):
        return x if isinstance(x, Rational) else Rational(x)

    def __add__(self, o):
        o = self._coerce(o)
        return Rational(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __sub__(self, o):
        o = self._coerce(o)
        return Rational(self.num * o.den - o.num * self.den, self.den * o.den)

    def __rsub__(self, o):
        return self._coerce(o) - self

    def __mul__(self, o):
        o = self._coerce(o)
        return Rational(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = self._coerce(o)
        return Rational(self.num * o.den, self.den * o.num)

    def __rtruediv__(self, o):
        return self._coerce(o) / self

    def __pow__(self, n):
        if n < 0:
            return Rational(self.den ** -n, self.num ** -n)
        return Rational(self.num ** n, self.den ** n)

    def __neg__(self):
        return Rational(-self.num, self.den)

    def __abs__(self):
        return Rational(abs(self.num), self.den)

    def __eq__(self, o):
        if isinstance(o, (int, Rational)):
            o = self._coerce(o)
            return self.num == o.num and self.den == o.den
        return NotImplemented

    def __lt__(self, o):
        o = self._coerce(o)
        return self.num * o.den < o.num * self.den

    def __le__(self, o):
        return self == o or self < o

    def __hash__(self):
        return hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return int(self.num / self.den)

    def __bool__(self):
        return self.num != 0

    def __repr__(self):
        return f"Rational({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"


def harmonic(n):
    return sum((Rational(1, k) for k in range(1, n + 1)), Rational(0))


def egyptian(r):
    out = []
    while r.num:
        d = -(-r.den // r.num)
        out.append(Rational(1, d))
        r = r - Rational(1, d)
    return out


a, b = Rational(1, 3), Rational(-6, 8)
print(a, b, repr(b), a + b, a - b, a * b, a / b, b ** 2, a ** -3, -b, abs(b))
print(a + 1, 2 - a, 3 * b, 1 / a, a == Rational(2, 6), a != b, b < a, a <= Rational(1, 3), sorted([a, b, Rational(0)]))
print(float(a), int(Rational(-7, 2)), bool(Rational(0, 5)), len({Rational(1, 2), Rational(2, 4), Rational(3, 6)}))
for n in (1, 2, 5, 10, 20):
    h = harmonic(n)
    print(f"H({n}) = {h} ~ {float(h):.6f}")
print(" + ".join(map(str, egyptian(Rational(5, 121)))))
print(" + ".join(map(str, egyptian(Rational(4, 13)))))
x = Rational(1)
for _ in range(6):
    x = (x + 2 / x) / 2
    print(f"sqrt(2) ~ {x} = {float(x):.15f}")
try:
    Rational(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(a == 0.333, sum([Rational(1, 2)] * 4), max(Rational(7, 3), Rational(9, 4)))
