class Money:
    __slots__ = ("cents",)

    def __init__(self, amount=0, cents=None):
        if cents is not None:
            self.cents = cents
        elif isinstance(amount, str):
            whole, _, frac = amount.partition(".")
            frac = (frac + "00")[:2]
            sign = -1 if whole.startswith("-") else 1
            self.cents = int(whole) * 100 + sign * int(frac)
        else:
            self.cents = round(amount * 100)

    def __add__(self, other):
        return Money(cents=self.cents + other.cents)

    def __mul__(self, k):
        return Money(cents=self.cents * k)

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        d, c = divmod(abs(self.cents), 100)
        return f"{sign}${d:,}.{c:02d}"

    def __repr__(self):
        return f"Money({str(self)!r})"
