class Account:
    def __init__(self):
        self._balance = 0

    @property
    def balance(self):
        print("get")
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative")
        print("set", value)
        self._balance = value

a = Account()
a.balance = 50  # expect: set 50
print(a.balance)
# expect: get
# expect: 50
try:
    a.balance = -1
except ValueError as e:
    print("rejected", e)  # expect: rejected negative
print(a._balance)  # expect: 50
