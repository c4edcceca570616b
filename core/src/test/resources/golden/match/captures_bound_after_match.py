# A match statement binds what a pattern captures only once the whole pattern matched (a failing guard still leaves them bound).
x = "unset"
y = "unset"
match (1, 2):
    case (x, 3):
        pass
    case _:
        pass
print(x, y)
match {"a": 1, "b": 2}:
    case {"a": y, "c": _}:
        pass
    case _:
        pass
print(y)
class P:
    __match_args__ = ("a", "b")
    def __init__(self): self.a, self.b = 1, 2
z = "unset"
match P():
    case P(z, 5):
        pass
    case _:
        pass
print(z)
w = "unset"
match [1, 2, 3]:
    case [w, *rest] if w > 5:
        pass
    case _:
        pass
print(w)
def classify(v):
    match v:
        case [a, b] | [b, a, 0]:
            return ("pair", a, b)
        case {"k": [x, *more]} | {"alt": x, "more": more}:
            return ("map", x, more)
        case (1 | 2) as small:
            return ("small", small)
        case str(s) if len(s) > 3:
            return ("long str", s)
        case [*_, (p, q) as last] if p < q:
            return ("ends rising", p, q, last)
        case _:
            return ("other",)
for v in [[1, 2], [5, 6, 0], {"k": [1, 2, 3]}, {"alt": 9, "more": []}, 2, "hello", "hi", [0, (1, 2)], [0, (2, 1)], 7]:
    print(v, classify(v))
p = q = "outer"
match [0, (2, 1)]:
    case [*_, (p, q)] if p < q:
        pass
    case _:
        pass
print(p, q)
# expect: unset unset
# expect: unset
# expect: unset
# expect: 1
# expect: [1, 2] ('pair', 1, 2)
# expect: [5, 6, 0] ('pair', 6, 5)
# expect: {'k': [1, 2, 3]} ('map', 1, [2, 3])
# expect: {'alt': 9, 'more': []} ('map', 9, [])
# expect: 2 ('small', 2)
# expect: hello ('long str', 'hello')
# expect: hi ('other',)
# expect: [0, (1, 2)] ('pair', 0, (1, 2))
# expect: [0, (2, 1)] ('pair', 0, (2, 1))
# expect: 7 ('other',)
# expect: 2 1
