class Temp:
    unit = "C"

    def __init__(self, deg):
        self.deg = deg

    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)

    @classmethod
    def describe(cls):
        return cls.__name__ + " in " + cls.unit

class Kelvinish(Temp):
    unit = "K"

print(Temp.c_to_f(100), Temp(0).c_to_f(0))  # expect: 212.0 32.0
t = Temp.from_f(212)
print(type(t).__name__, t.deg)  # expect: Temp 100.0
print(type(Kelvinish.from_f(32)).__name__)  # expect: Kelvinish
print(Temp.describe(), Kelvinish.describe())  # expect: Temp in C Kelvinish in K
