from fractions import Fraction
from functools import reduce
import operator


class Matrix:
    """An immutable matrix of Fractions with the usual operators."""

    __slots__ = ("_rows", "shape")

    def __init__(self, rows):
        rows = [tuple(Fraction(x) for x in row) for row in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and of equal length")
        self._rows = tuple(rows)
        self.shape = (len(rows), len(rows[0]))

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, r, c):
        return cls([[0] * c for _ in range(r)])

    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            i, j = idx
            return self._rows[i][j]
        return Matrix([self._rows[idx]]) if isinstance(idx, int) else Matrix(self._rows[idx])

    def __iter__(self):
        return iter(self._rows)

    def __len__(self):
        return self.shape[0]

    def __eq__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        return self._rows == other._rows

    def __hash__(self):
        return hash(self._rows)

    def _zip(self, other, op):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[op(a, b) for a, b in zip(r1, r2)] for r1, r2 in zip(self, other)])

    def __add__(self, other):
        if isinstance(other, Matrix):
            return self._zip(other, operator.add)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, Matrix):
            return self._zip(other, operator.sub)
        return NotImplemented

    def __neg__(self):
        return self * -1

    def __pos__(self):
        return self

    def __mul__(self, k):
        if isinstance(k, (int, Fraction)):
            return Matrix([[a * k for a in row] for row in self])
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return self * Fraction(1, k) if isinstance(k, int) else self * (1 / k)

    def __matmul__(self, other):
        if self.shape[1] != other.shape[0]:
            raise ValueError("inner dimensions differ")
        cols = list(zip(*other))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self])

    def __pow__(self, n):
        if self.shape[0] != self.shape[1]:
            raise ValueError("only square matrices have powers")
        if n < 0:
            return self.inverse() ** -n
        result, base = Matrix.identity(self.shape[0]), self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    @property
    def T(self):
        return Matrix(list(zip(*self._rows)))

    def det(self):
        n = self.shape[0]
        if n == 1:
            return self[0, 0]
        if n == 2:
            return self[0, 0] * self[1, 1] - self[0, 1] * self[1, 0]
        total = Fraction(0)
        for j in range(n):
            minor = Matrix([row[:j] + row[j + 1:] for row in self._rows[1:]])
            total += (-1) ** j * self[0, j] * minor.det()
        return total

    def inverse(self):
        n = self.shape[0]
        aug = [list(row) + [Fraction(int(i == j)) for j in range(n)] for i, row in enumerate(self._rows)]
        for col in range(n):
            pivot = next((r for r in range(col, n) if aug[r][col] != 0), None)
            if pivot is None:
                raise ZeroDivisionError("matrix is singular")
            aug[col], aug[pivot] = aug[pivot], aug[col]
            p = aug[col][col]
            aug[col] = [x / p for x in aug[col]]
            for r in range(n):
                if r != col and aug[r][col]:
                    f = aug[r][col]
                    aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
        return Matrix([row[n:] for row in aug])

    def __bool__(self):
        return any(any(row) for row in self)

    def __repr__(self):
        return f"Matrix({[[str(x) for x in row] for row in self]})"

    def __str__(self):
        cells = [[str(x) for x in row] for row in self]
        w = max(len(c) for row in cells for c in row)
        return "\n".join("[ " + "  ".join(c.rjust(w) for c in row) + " ]" for row in cells)

    def __format__(self, spec):
        if spec == "":
            return str(self)
        return "\n".join(" ".join(format(float(x), spec) for x in row) for row in self)


A = Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]])
B = Matrix([[1, 2], [0, 1], [Fraction(1, 2), 0]])
print(A)
print("shape", A.shape, "len", len(A), "det", A.det())
print(A @ B)
print((A @ B).T)
inv = A.inverse()
print(inv)
print("A @ A^-1 == I:", A @ inv == Matrix.identity(3))
print(f"{inv:8.4f}")
print(A ** 3)
print((A ** -1) == inv, A ** 0 == Matrix.identity(3))
print(repr(A[1]), repr(A[0:2].T))
print(A[2, 2], -A[0, 0], +A == A)
print(A - A == Matrix.zeros(3, 3), bool(A - A), bool(A))
print(2 * A == A + A, (A / 2)[0, 0], (A / Fraction(2, 3))[1, 1])
print(len({A, A * 1, A.T, Matrix.identity(3)}))
fib = Matrix([[1, 1], [1, 0]]) ** 30
print("fib(30) =", fib[0, 1])
print(reduce(operator.matmul, [A, A, A]) == A ** 3)
for bad in (lambda: A + B, lambda: B @ B, lambda: Matrix([[1, 2], [2, 4]]).inverse(),
            lambda: Matrix([[1], [2, 3]]), lambda: A + 1, lambda: B ** 2):
    try:
        bad()
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    A.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
