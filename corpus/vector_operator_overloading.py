from __future__ import annotations

import math
from functools import total_ordering
from typing import Iterator, Union

Number = Union[int, float]


@total_ordering
class Vector:
    __slots__ = ("_c",)

    def __init__(self, *components: Number) -> None:
        self._c = tuple(components)

    def __len__(self) -> int:
        return len(self._c)

    def __iter__(self) -> Iterator[Number]:
        return iter(self._c)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(*self._c[i])
        return self._c[i]

    def __add__(self, other: Vector) -> Vector:
        self._check(other)
        return Vector(*(a + b for a, b in zip(self, other)))

    def __sub__(self, other: Vector) -> Vector:
        self._check(other)
        return Vector(*(a - b for a, b in zip(self, other)))

    def __mul__(self, k: Number) -> Vector:
        if isinstance(k, Vector):
            return NotImplemented
        return Vector(*(a * k for a in self))

    def __rmul__(self, k: Number) -> Vector:
        return self * k

    def __truediv__(self, k: Number) -> Vector:
        return Vector(*(a / k for a in self))

    def __matmul__(self, other: Vector) -> Number:
        self._check(other)
        return sum(a * b for a, b in zip(self, other))

    def __neg__(self) -> Vector:
        return Vector(*(-a for a in self))

    def __abs__(self) -> float:
        return math.sqrt(self @ self)

    def __bool__(self) -> bool:
        return any(self._c)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Vector) and self._c == other._c

    def __lt__(self, other: Vector) -> bool:
        return abs(self) < abs(other)

    def __hash__(self) -> int:
        return hash(self._c)

    def __repr__(self) -> str:
        return f"Vector{self._c!r}"

    def __format__(self, spec: str) -> str:
        return "<" + ", ".join(format(c, spec) for c in self._c) + ">"

    def _check(self, other: Vector) -> None:
        if len(self) != len(other):
            raise ValueError(f"dimension mismatch: {len(self)} vs {len(other)}")

    def cross(self, o: Vector) -> Vector:
        a1, a2, a3 = self
        b1, b2, b3 = o
        return Vector(a2 * b3 - a3 * b2, a3 * b1 - a1 * b3, a1 * b2 - a2 * b1)

    def angle(self, o: Vector) -> float:
        return math.degrees(math.acos((self @ o) / (abs(self) * abs(o))))


v = Vector(1, 2, 3)
w = Vector(4, -5, 6)
print(v, w)
print("v + w =", v + w)
print("v - w =", v - w)
print("3 * v =", 3 * v, "v * 2.5 =", v * 2.5)
print("v / 2 =", v / 2)
print("v @ w =", v @ w)
print("-v =", -v)
print(f"|w| = {abs(w):.5f}")
print("v x w =", v.cross(w))
print(f"angle = {v.angle(w):.3f} deg")
print(f"{w / 3:.3f}")
print(v == Vector(1, 2, 3), v != w, v < w, v >= w, max(v, w))
print(bool(Vector(0, 0)), bool(v), len(v), v[1], v[1:])
print(sorted([Vector(3, 4), Vector(1, 1), Vector(0, 5), Vector(-6, 0)]))
print(len({Vector(1, 2), Vector(1, 2), Vector(2, 1)}))
try:
    v + Vector(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    v * w
except TypeError as e:
    print("TypeError:", e)
x, y, *rest = Vector(9, 8, 7, 6)
print(x, y, rest)
total = sum([Vector(1, 1), Vector(2, 2), Vector(3, 3)], Vector(0, 0))
print("sum:", total)
