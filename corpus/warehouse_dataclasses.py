"""Warehouse inventory kept in dataclasses."""
from dataclasses import dataclass, field, asdict, replace, astuple
from typing import List


@dataclass(order=True)
class Item:
    sku: str
    name: str = field(compare=False)
    price: float = field(compare=False)
    quantity: int = field(default=0, compare=False)
    tags: List[str] = field(default_factory=list, compare=False, repr=False)

    @property
    def value(self):
        return self.price * self.quantity


@dataclass(frozen=True)
class Location:
    aisle: str
    shelf: int

    def __str__(self):
        return f"{self.aisle}-{self.shelf:02d}"


@dataclass
class Warehouse:
    name: str
    items: dict = field(default_factory=dict)
    places: dict = field(default_factory=dict)

    def add(self, item, where):
        if item.sku in self.items:
            raise KeyError(f"duplicate sku {item.sku}")
        self.items[item.sku] = item
        self.places[item.sku] = where

    def restock(self, sku, n):
        self.items[sku] = replace(self.items[sku], quantity=self.items[sku].quantity + n)

    def low_stock(self, threshold=5):
        return sorted(i for i in self.items.values() if i.quantity < threshold)


def main():
    w = Warehouse("north")
    w.add(Item("B-200", "bolt", 0.15, 400, ["metal"]), Location("A", 3))
    w.add(Item("A-100", "anchor", 2.50, 3, ["metal", "heavy"]), Location("A", 1))
    w.add(Item("C-300", "cable", 7.99, 12), Location("C", 12))
    w.add(Item("D-400", "drill", 59.0, 1, ["tool"]), Location("D", 4))
    print(w.items["A-100"])
    print(asdict(w.items["D-400"]))
    print(astuple(Location("B", 7)), str(Location("B", 7)))
    print("low:", [i.sku for i in w.low_stock()])
    w.restock("A-100", 10)
    print("after restock:", w.items["A-100"].quantity, [i.sku for i in w.low_stock()])
    try:
        w.add(Item("C-300", "copy", 1.0), Location("Z", 1))
    except KeyError as e:
        print("KeyError:", e)
    loc = Location("A", 1)
    try:
        loc.shelf = 2
    except Exception as e:
        print(type(e).__name__, e)
    print(loc == Location("A", 1), hash(loc) == hash(Location("A", 1)), len({loc, Location("A", 1)}))
    total = sum(i.value for i in w.items.values())
    print(f"stock value: {total:.2f}")
    by_value = sorted(w.items.values(), key=lambda i: i.value, reverse=True)
    for i in by_value:
        print(f"{i.sku} {i.name:<7} {i.quantity:>4} x {i.price:>6.2f} = {i.value:>8.2f} @ {w.places[i.sku]}")
    tagged = {}
    for i in w.items.values():
        for t in i.tags:
            tagged.setdefault(t, []).append(i.sku)
    print({k: sorted(v) for k, v in sorted(tagged.items())})
    print(Item("X", "a", 1.0) < Item("Y", "b", 0.5), max(w.items.values()).sku)


main()
