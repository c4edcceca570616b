"""With the future import, every annotation is the string of its source text."""
from __future__ import annotations

import __future__

print(__future__.annotations)
print(__future__.annotations.getMandatoryRelease())
print(annotations is __future__.annotations)


def f(a: list[int], b: Optional[str] = None, *rest: Dict[str, int], k: int | None, **kw: 1 + 2) -> tuple[int, ...]:
    return a


for name, text in f.__annotations__.items():
    print(name, repr(text))


class Node:
    parent: Node | None = None
    children: list[Node]

    def add(self, child: Node) -> Node:
        return child


print(Node.__annotations__)
print(Node.add.__annotations__)
x: undefined_at_runtime[int] = 5
print(__annotations__, x)


def g(a: lambda x, *y, z=1: x, b: [i for i in r if i], c: {1: 2, **d}, d: e if f else g,
      e: not p and q or s, f: a < b <= c, g: a ** b ** c, h: (a ** b) ** c, i: -a ** b,
      j: a[1:2, ::3], k: 1 .real, l: ..., m: b"x", n: {a, b}, o: (a,), p: (), q: a[b,],
      r: f(x for x in y), s: "it's", t: a - (b - c), u: (a - b) - c, v: ~a @ b,
      w: {x: y for x, y in z}, x: [*a, b], y: f(x, *y, k=1, **z), z: 10**100):
    pass


for name, text in g.__annotations__.items():
    print(name, text)

# Output of CPython 3.11:
# expect: _Feature((3, 7, 0, 'beta', 1), None, 16777216)
# expect: None
# expect: True
# expect: a 'list[int]'
# expect: b 'Optional[str]'
# expect: rest 'Dict[str, int]'
# expect: k 'int | None'
# expect: kw '1 + 2'
# expect: return 'tuple[int, ...]'
# expect: {'parent': 'Node | None', 'children': 'list[Node]'}
# expect: {'child': 'Node', 'return': 'Node'}
# expect: {'x': 'undefined_at_runtime[int]'} 5
# expect: a lambda x, *y, z=1: x
# expect: b [i for i in r if i]
# expect: c {1: 2, **d}
# expect: d e if f else g
# expect: e not p and q or s
# expect: f a < b <= c
# expect: g a ** b ** c
# expect: h (a ** b) ** c
# expect: i -a ** b
# expect: j a[1:2, ::3]
# expect: k 1 .real
# expect: l ...
# expect: m b'x'
# expect: n {a, b}
# expect: o (a,)
# expect: p ()
# expect: q a[b,]
# expect: r f(x for x in y)
# expect: s "it's"
# expect: t a - (b - c)
# expect: u a - b - c
# expect: v ~a @ b
# expect: w {x: y for x, y in z}
# expect: x [*a, b]
# expect: y f(x, *y, k=1, **z)
# expect: z 10 ** 100
