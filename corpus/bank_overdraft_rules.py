"""A toy bank: accounts, transfers, overdraft rules and a statement."""


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f}")
        self.account = account
        self.amount = amount


class FrozenAccount(Exception):
    pass


class Account:
    _next_number = 1000

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.number = Account._next_number
        Account._next_number += 1
        self.history = []
        self.frozen = False

    @property
    def balance(self):
        return self._balance

    def _record(self, kind, amount):
        self.history.append((kind, amount, self._balance))

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        if self.frozen:
            raise FrozenAccount(self.owner)
        self._balance += amount
        self._record("deposit", amount)

    def limit(self):
        return 0.0

    def withdraw(self, amount):
        if self.frozen:
            raise FrozenAccount(self.owner)
        if self._balance - amount < -self.limit():
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self._record("withdraw", amount)

    def __repr__(self):
        return f"{type(self).__name__}(#{self.number}, {self.owner!r}, {self._balance:.2f})"


class CheckingAccount(Account):
    def __init__(self, owner, balance=0.0, overdraft=100.0):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def limit(self):
        return self.overdraft


class SavingsAccount(Account):
    rate = 0.02

    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        self.deposit(interest)
        return interest


def transfer(src, dst, amount):
    src.withdraw(amount)
    try:
        dst.deposit(amount)
    except Exception:
        src.deposit(amount)
        raise


def main():
    alice = CheckingAccount("alice", 50)
    bob = SavingsAccount("bob", 1000)
    carol = Account("carol")
    accounts = [alice, bob, carol]
    transfer(bob, alice, 200)
    transfer(alice, carol, 300)
    print(accounts)
    try:
        transfer(alice, carol, 100)
    except InsufficientFunds as e:
        print("refused:", e, "| balance stays", e.account.balance)
    carol.frozen = True
    try:
        transfer(bob, carol, 10)
    except FrozenAccount as e:
        print("frozen:", e, "| bob back to", bob.balance)
    print("interest:", bob.add_interest())
    try:
        bob.deposit(-5)
    except ValueError as e:
        print("ValueError:", e)
    for acct in sorted(accounts, key=lambda a: a.balance, reverse=True):
        print(f"{acct.owner:>6}: {acct.balance:>9.2f}")
    print("statement for alice:")
    for kind, amount, after in alice.history:
        sign = "+" if kind == "deposit" else "-"
        print(f"  {kind:<8} {sign}{amount:>7.2f} -> {after:>8.2f}")
    total = sum(a.balance for a in accounts)
    print(f"total held: {total:,.2f}")
    print(isinstance(bob, Account), issubclass(CheckingAccount, SavingsAccount))


main()
