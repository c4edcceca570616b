from dataclasses import dataclass, field, asdict, replace
from decimal import Decimal, ROUND_HALF_UP
from typing import List, Optional


class InsufficientFunds(Exception):
    pass


@dataclass(frozen=True, order=True)
class Money:
    cents: int
    currency: str = "EUR"

    @classmethod
    def of(cls, amount, currency="EUR"):
        d = Decimal(str(amount)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        return cls(int(d * 100), currency)

    def __add__(self, other):
        self._check(other)
        return Money(self.cents + other.cents, self.currency)

    def __sub__(self, other):
        self._check(other)
        return Money(self.cents - other.cents, self.currency)

    def __mul__(self, factor):
        return Money.of(Decimal(self.cents) * Decimal(str(factor)) / 100, self.currency)

    __rmul__ = __mul__

    def __neg__(self):
        return Money(-self.cents, self.currency)

    def __bool__(self):
        return self.cents != 0

    def _check(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        whole, frac = divmod(abs(self.cents), 100)
        return f"{sign}{whole:,}.{frac:02d} {self.currency}"


@dataclass
class Entry:
    day: int
    memo: str
    amount: Money


@dataclass
class Account:
    owner: str
    number: str
    overdraft: Money = field(default_factory=lambda: Money(0))
    entries: List[Entry] = field(default_factory=list, repr=False)
    closed: bool = False
    _cached_balance: Optional[Money] = field(default=None, init=False, repr=False, compare=False)

    @property
    def balance(self):
        if self._cached_balance is None:
            total = Money(0)
            for e in self.entries:
                total = total + e.amount
            self._cached_balance = total
        return self._cached_balance

    @property
    def available(self):
        return self.balance + self.overdraft

    def post(self, day, memo, amount):
        if self.closed:
            raise RuntimeError(f"account {self.number} is closed")
        if amount.cents < 0 and (self.available + amount).cents < 0:
            raise InsufficientFunds(f"{self.owner}: {memo} needs {-amount}, only {self.available} available")
        self.entries.append(Entry(day, memo, amount))
        self._cached_balance = None

    def statement(self):
        lines = [f"Statement for {self.owner} ({self.number})"]
        running = Money(0)
        for e in sorted(self.entries, key=lambda e: e.day):
            running = running + e.amount
            lines.append(f"  day {e.day:>2}  {e.memo:<18}{str(e.amount):>14}{str(running):>14}")
        lines.append(f"  {'closing balance':<26}{str(self.balance):>28}")
        return "\n".join(lines)


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, owner, overdraft=0):
        number = f"{self.name[:3].upper()}-{len(self.accounts) + 1:04d}"
        acct = Account(owner, number, Money.of(overdraft))
        self.accounts[number] = acct
        return acct

    def transfer(self, day, src, dst, amount):
        src.post(day, f"to {dst.owner}", -amount)
        dst.post(day, f"from {src.owner}", amount)

    def apply_interest(self, day, rate):
        for acct in self.accounts.values():
            if acct.balance.cents > 0:
                acct.post(day, f"interest {rate:.1%}", acct.balance * rate)

    def total_deposits(self):
        return sum((a.balance for a in self.accounts.values()), Money(0))


bank = Bank("Riverside")
alice = bank.open("Alice", overdraft=100)
bob = bank.open("Bob")
carol = bank.open("Carol", overdraft=50)

alice.post(1, "salary", Money.of(2500))
bob.post(1, "deposit", Money.of("310.455"))
carol.post(2, "deposit", Money.of(75))
bank.transfer(3, alice, bob, Money.of(199.99))
bank.transfer(4, carol, alice, Money.of(120))
try:
    bank.transfer(5, bob, carol, Money.of(1000))
except InsufficientFunds as exc:
    print("declined:", exc)
bank.apply_interest(30, 0.015)

for acct in bank.accounts.values():
    print(acct.statement())
    print()

print(alice)
print("total deposits:", bank.total_deposits())
print("richest:", max(bank.accounts.values(), key=lambda a: a.balance).owner)
print(sorted([Money(5), Money(-3), Money(0)]))
print(bool(Money(0)), bool(Money(1)), 3 * Money.of(1.10))
print(asdict(Entry(1, "x", Money(250)))) 
frozen = Money(100)
try:
    frozen.cents = 5
except Exception as exc:
    print(type(exc).__name__, exc)
print(replace(frozen, currency="USD"))
try:
    Money(1) + Money(1, "USD")
except ValueError as exc:
    print(exc)
bob.closed = True
try:
    bob.post(31, "late fee", Money.of(-5))
except RuntimeError as exc:
    print(exc)
print(alice == replace(alice), alice == replace(alice, closed=True))
