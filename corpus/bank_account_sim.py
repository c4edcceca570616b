class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} cannot withdraw {amount:.2f} (balance {account.balance:.2f})")
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

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._check()
        self._balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        self._check()
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))

    def _check(self):
        if self.frozen:
            raise FrozenAccount(f"account {self.number} is frozen")

    def __repr__(self):
        return f"<Account {self.number} {self.owner} {self._balance:.2f}>"


class SavingsAccount(Account):
    def __init__(self, owner, balance=0.0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        self.deposit(interest)
        return interest


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, cls, *args, **kwargs):
        acct = cls(*args, **kwargs)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        try:
            b.deposit(amount)
        except Exception:
            a.deposit(amount)
            raise

    def total(self):
        return sum(a.balance for a in self.accounts.values())


bank = Bank("Toy Bank")
alice = bank.open(Account, "alice", 100.0)
bob = bank.open(SavingsAccount, "bob", 250.0, rate=0.05)
carol = bank.open(Account, "carol")
print(bank.accounts)

ops = [
    ("deposit", alice.number, 50),
    ("transfer", alice.number, carol.number, 120),
    ("withdraw", carol.number, 500),
    ("transfer", bob.number, alice.number, 75.5),
    ("deposit", carol.number, -5),
    ("freeze", carol.number),
    ("transfer", alice.number, carol.number, 10),
    ("withdraw", bob.number, 20),
]
for op in ops:
    kind, *args = op
    try:
        if kind == "deposit":
            bank.accounts[args[0]].deposit(args[1])
        elif kind == "withdraw":
            bank.accounts[args[0]].withdraw(args[1])
        elif kind == "transfer":
            bank.transfer(*args)
        elif kind == "freeze":
            bank.accounts[args[0]].frozen = True
        print(f"ok   {op}")
    except InsufficientFunds as e:
        print(f"FAIL {op}: {e}")
    except (ValueError, FrozenAccount) as e:
        print(f"FAIL {op}: {type(e).__name__}: {e}")

for year in range(1, 4):
    print(f"year {year}: interest {bob.add_interest():.2f} -> {bob.balance:.2f}")
for acct in bank.accounts.values():
    print(acct, acct.history)
print(f"total holdings: {bank.total():,.2f}")
try:
    alice.balance = 5
except AttributeError:
    print("balance is read-only")
