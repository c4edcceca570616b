class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        return Money(self.cents + other.cents)

    def __repr__(self):
        return f"Money({self.cents})"

a = Money(150) + Money(275)
print(a)  # expect: Money(425)
print(a + 5)  # expect: Money(430)
b = Money(1)
b += Money(2)
print(b)  # expect: Money(3)
print(sum([Money(1), Money(2)], Money(0)))  # expect: Money(3)
try:
    5 + Money(1)
except TypeError as e:
    print(e)  # expect: unsupported operand type(s) for +: 'int' and 'Money'
