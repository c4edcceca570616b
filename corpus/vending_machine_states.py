"""A vending machine as a state machine: state classes, a transition table
kept in dicts, coin handling with integer cents and an audit log."""


class VendingError(Exception):
    pass


class State:
    name = "abstract"

    def __init__(self, machine):
        self.m = machine

    def insert(self, cents):
        raise VendingError(f"cannot insert coins while {self.name}")

    def select(self, code):
        raise VendingError(f"cannot select while {self.name}")

    def cancel(self):
        raise VendingError(f"nothing to cancel while {self.name}")

    def service(self, on):
        self.m.go("maintenance" if on else "idle")

    def __repr__(self):
        return f"<{type(self).__name__}>"


class Idle(State):
    name = "idle"

    def insert(self, cents):
        self.m.accept(cents)
        self.m.go("paying")


class Paying(State):
    name = "paying"

    def insert(self, cents):
        self.m.accept(cents)

    def select(self, code):
        slot = self.m.slots.get(code)
        if slot is None:
            raise VendingError(f"no such slot {code}")
        product, price, count = slot
        if count == 0:
            raise VendingError(f"{product} is sold out")
        if self.m.credit < price:
            raise VendingError(f"{product} costs {fmt(price)}, credit {fmt(self.m.credit)}")
        self.m.slots[code] = (product, price, count - 1)
        self.m.credit -= price
        self.m.sales[product] = self.m.sales.get(product, 0) + 1
        self.m.log(f"vend {product}")
        change = self.m.give_change()
        self.m.go("idle")
        return product, change

    def cancel(self):
        change = self.m.give_change()
        self.m.go("idle")
        return change


class Maintenance(State):
    name = "maintenance"

    def service(self, on):
        if not on:
            self.m.go("idle")


COINS = (200, 100, 50, 20, 10, 5)


def fmt(cents):
    return f"€{cents // 100}.{cents % 100:02d}"


class Machine:
    def __init__(self, slots, float_coins):
        self.slots = dict(slots)
        self.coins = dict(float_coins)
        self.credit = 0
        self.sales = {}
        self.audit = []
        self.states = {cls.name: cls(self) for cls in (Idle, Paying, Maintenance)}
        self.state = self.states["idle"]

    def go(self, name):
        old, self.state = self.state, self.states[name]
        if old is not self.state:
            self.log(f"{old.name} -> {name}")

    def log(self, what):
        self.audit.append(f"{len(self.audit) + 1:03d} {what}")

    def accept(self, cents):
        if cents not in COINS:
            raise VendingError(f"coin {cents} rejected")
        self.coins[cents] = self.coins.get(cents, 0) + 1
        self.credit += cents

    def give_change(self):
        owed, given = self.credit, []
        for coin in COINS:
            while owed >= coin and self.coins.get(coin, 0) > 0:
                owed -= coin
                self.coins[coin] -= 1
                given.append(coin)
        if owed:
            self.log(f"short {fmt(owed)} of change")
        self.credit = 0
        return given

    def __getattr__(self, action):
        # machine.insert(...) and friends go to the current state
        if action in ("insert", "select", "cancel", "service"):
            return getattr(self.state, action)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {action!r}")


vm = Machine({"A1": ("cola", 150, 2), "A2": ("water", 90, 5), "B1": ("crisps", 125, 0)},
             {50: 2, 20: 3, 10: 1, 5: 0})

script = [
    ("select", "A1"), ("insert", 100), ("select", "A1"), ("insert", 100), ("select", "A1"),
    ("insert", 200), ("select", "B1"), ("select", "C9"), ("select", "A2"),
    ("insert", 3), ("insert", 50), ("insert", 50), ("cancel",),
    ("cancel",), ("service", True), ("insert", 100), ("service", False),
    ("insert", 200), ("select", "A1"), ("insert", 200), ("select", "A1"),
]
for step in script:
    action, *args = step
    try:
        result = getattr(vm, action)(*args)
    except VendingError as e:
        print(f"{action:<8}{str(args):<8} ! {e}")
    else:
        shown = "" if result is None else f" -> {result}"
        print(f"{action:<8}{str(args):<8} [{vm.state.name}] credit {fmt(vm.credit)}{shown}")

print()
print(*vm.audit, sep="\n")
print("sales:", vm.sales)
print("coins:", dict(sorted(vm.coins.items())))
print("stock:", {code: count for code, (_, _, count) in vm.slots.items()})
print(vm.states, vm.state)
try:
    vm.refund()
except AttributeError as e:
    print("AttributeError:", e)
