class T:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"T{self.n}"

    def __str__(self):
        return f"str-T{self.n}"

items = [T(1), T(2)]
print(items)  # expect: [T1, T2]
print((T(3),), {"k": T(4)})  # expect: (T3,) {'k': T4}
print(T(5), str(T(5)), repr(T(5)))  # expect: str-T5 str-T5 T5
print(f"{T(6)}|{T(6)!r}|{T(6)!s}")  # expect: str-T6|T6|str-T6
