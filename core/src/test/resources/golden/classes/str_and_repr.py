class V:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"V({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"<{self.x}, {self.y}>"

v = V(1, "a")
print(v)  # expect: <1, a>
print(repr(v))  # expect: V(1, 'a')
print([v, v])  # expect: [V(1, 'a'), V(1, 'a')]
print(f"{v} {v!r}")  # expect: <1, a> V(1, 'a')
print(str(v) + "!")  # expect: <1, a>!

class OnlyRepr:
    def __repr__(self):
        return "R"

print(OnlyRepr(), str(OnlyRepr()))  # expect: R R
