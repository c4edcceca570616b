from fractions import Fraction


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __sub__(self, other):
        return Matrix([[a - b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __mul__(self, other):
        if isinstance(other, Matrix):
            if self.m != other.n:
                raise ValueError(f"shape mismatch {self.shape} x {other.shape}")
            cols = list(zip(*other.rows))
            return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])
        return Matrix([[a * other for a in row] for row in self.rows])

    __rmul__ = __mul__

    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result * base
            base = base * base
            k >>= 1
        return result

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    @property
    def shape(self):
        return (self.n, self.m)

    def T(self):
        return Matrix(zip(*self.rows))

    def det(self):
        a = [[Fraction(x) for x in row] for row in self.rows]
        n = self.n
        d = Fraction(1)
        for c in range(n):
            pivot = next((r for r in range(c, n) if a[r][c] != 0), None)
            if pivot is None:
                return Fraction(0)
            if pivot != c:
                a[c], a[pivot] = a[pivot], a[c]
                d = -d
            d *= a[c][c]
            for r in range(c + 1, n):
                f = a[r][c] / a[c][c]
                for k in range(c, n):
                    a[r][k] -= f * a[c][k]
        return d

    def inverse(self):
        n = self.n
        a = [[Fraction(x) for x in row] + [Fraction(int(i == j)) for j in range(n)] for i, row in enumerate(self.rows)]
        for c in range(n):
            pivot = next((r for r in range(c, n) if a[r][c] != 0), None)
            if pivot is None:
                raise ZeroDivisionError("singular matrix")
            a[c], a[pivot] = a[pivot], a[c]
            pv = a[c][c]
            a[c] = [x / pv for x in a[c]]
            for r in range(n):
                if r != c and a[r][c] != 0:
                    f = a[r][c]
                    a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return Matrix([row[n:] for row in a])

    def __str__(self):
        cells = [[str(x) for x in row] for row in self.rows]
        w = max(len(c) for row in cells for c in row)
        return "\n".join("[ " + " ".join(c.rjust(w) for c in row) + " ]" for row in cells)


A = Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]])
B = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 10]])
print("A =\n" + str(A))
print("A + B =\n" + str(A + B))
print("A * B =\n" + str(A * B))
print("3 * A =\n" + str(3 * A))
print("B^T =\n" + str(B.T()))
print("det A =", A.det(), " det B =", B.det())
inv = B.inverse()
print("B^-1 =\n" + str(inv))
print("B * B^-1 == I:", B * inv == Matrix.identity(3))
F = Matrix([[1, 1], [1, 0]])
print("fib via matrix power:", [(F ** k).rows[0][1] for k in range(1, 16)])
print((F ** 90).rows[0][1])
try:
    A * Matrix([[1, 2]])
except ValueError as e:
    print("error:", e)
try:
    Matrix([[1, 2], [2, 4]]).inverse()
except ZeroDivisionError as e:
    print("error:", e)
print(Fraction(3, 4) + Fraction(1, 6), Fraction("0.125"), float(Fraction(1, 3)))
