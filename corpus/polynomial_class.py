class Polynomial:
    def __init__(self, coeffs):
        coeffs = list(coeffs)
        while len(coeffs) > 1 and coeffs[-1] == 0:
            coeffs.pop()
        self.c = coeffs or [0]

    @property
    def degree(self):
        return len(self.c) - 1

    def __call__(self, x):
        result = 0
        for a in reversed(self.c):
            result = result * x + a
        return result

    def __add__(self, other):
        if not isinstance(other, Polynomial):
            other = Polynomial([other])
        n = max(len(self.c), len(other.c))
        a = self.c + [0] * (n - len(self.c))
        b = other.c + [0] * (n - len(other.c))
        return Polynomial([x + y for x, y in zip(a, b)])

    __radd__ = __add__

    def __neg__(self):
        return Polynomial([-x for x in self.c])

    def __sub__(self, other):
        return self + (-other)

    def __mul__(self, other):
        if not isinstance(other, Polynomial):
            other = Polynomial([other])
        out = [0] * (len(self.c) + len(other.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(other.c):
                out[i + j] += a * b
        return Polynomial(out)

    __rmul__ = __mul__

    def __pow__(self, n):
        result = Polynomial([1])
        for _ in range(n):
            result = result * self
        return result

    def __divmod__(self, other):
        rem = list(self.c)
        q = [0] * max(len(rem) - len(other.c) + 1, 1)
        while len(rem) >= len(other.c) and any(rem):
            shift = len(rem) - len(other.c)
            factor = rem[-1] / other.c[-1]
            if factor == int(factor):
                factor = int(factor)
            q[shift] = factor
            for i, b in enumerate(other.c):
                rem[i + shift] -= factor * b
            rem.pop()
        return Polynomial(q), Polynomial(rem)

    def derivative(self):
        return Polynomial([i * a for i, a in enumerate(self.c)][1:])

    def __eq__(self, other):
        return isinstance(other, Polynomial) and self.c == other.c

    def __str__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and len(self.c) > 1:
                continue
            sign = "-" if a < 0 else "+"
            mag = abs(a)
            if i == 0:
                body = f"{mag}"
            else:
                coef = "" if mag == 1 else f"{mag}"
                body = coef + ("x" if i == 1 else f"x^{i}")
            terms.append((sign, body))
        first_sign, first = terms[0]
        s = ("-" if first_sign == "-" else "") + first
        for sign, body in terms[1:]:
            s += f" {sign} {body}"
        return s

    def __repr__(self):
        return f"Polynomial({self.c})"


def newton(p, x0, steps=30):
    d = p.derivative()
    x = x0
    for _ in range(steps):
        dx = d(x)
        if dx == 0:
            break
        x = x - p(x) / dx
    return x


p = Polynomial([-6, 11, -6, 1])
q = Polynomial([1, 1])
print("p =", p)
print("q =", q)
print("p + q =", p + q)
print("p - q =", p - q)
print("p * q =", p * q)
print("q^5 =", q ** 5)
print("p' =", p.derivative(), " p'' =", p.derivative().derivative())
print("p(0..4) =", [p(x) for x in range(5)])
quo, rem = divmod(p, Polynomial([-1, 1]))
print("p / (x - 1) =", quo, "remainder", rem)
quo, rem = divmod(Polynomial([5, 0, 3, 2]), Polynomial([1, 1]))
print("quotient", quo, "remainder", rem)
for guess in (0.0, 1.6, 2.6, 10.0):
    print(f"newton from {guess}: {newton(p, guess):.10f}")
print(repr(Polynomial([0, 0, 0])), str(Polynomial([0])), 2 * q + 3, Polynomial([0, -1]) == -Polynomial([0, 1]))
print(Polynomial([1.5, 0, -2.25]), Polynomial([1, 2, 1])(0.5))
