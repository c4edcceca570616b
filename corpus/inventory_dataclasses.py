from __future__ import annotations

from dataclasses import dataclass, field, asdict, replace
from typing import Optional


@dataclass(order=True)
class Item:
    sku: str
    name: str = field(compare=False)
    price: float = field(compare=False)
    qty: int = field(default=0, compare=False)
    tags: list[str] = field(default_factory=list, compare=False)

    @property
    def value(self) -> float:
        return self.price * self.qty


@dataclass
class Inventory:
    items: dict[str, Item] = field(default_factory=dict)
    log: list[str] = field(default_factory=list)

    def add(self, item: Item) -> None:
        if item.sku in self.items:
            self.items[item.sku].qty += item.qty
            self.log.append(f"restock {item.sku} +{item.qty}")
        else:
            self.items[item.sku] = item
            self.log.append(f"new {item.sku}")

    def remove(self, sku: str, qty: int) -> Optional[Item]:
        item = self.items.get(sku)
        if item is None:
            self.log.append(f"missing {sku}")
            return None
        if item.qty < qty:
            self.log.append(f"short {sku} wanted {qty} have {item.qty}")
            return None
        item.qty -= qty
        self.log.append(f"sold {sku} -{qty}")
        return item

    def low_stock(self, threshold: int = 5) -> list[Item]:
        return sorted(i for i in self.items.values() if i.qty < threshold)

    def by_tag(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for item in self.items.values():
            for t in item.tags:
                out.setdefault(t, []).append(item.sku)
        return {k: sorted(v) for k, v in sorted(out.items())}


@dataclass(frozen=True)
class Point:
    x: int
    y: int


inv = Inventory()
inv.add(Item("B-200", "bolt", 0.25, 400, ["hardware", "small"]))
inv.add(Item("N-100", "nut", 0.10, 3, ["hardware", "small"]))
inv.add(Item("H-010", "hammer", 12.5, 7, ["tool"]))
inv.add(Item("S-777", "saw", 22.0, 2, ["tool", "sharp"]))
inv.add(Item("N-100", "nut", 0.10, 500))
inv.remove("H-010", 4)
inv.remove("S-777", 5)
inv.remove("X-999", 1)
for line in inv.log:
    print(line)
for sku, item in sorted(inv.items.items()):
    print(f"{sku:6} {item.name:<8} {item.qty:5d} @ {item.price:6.2f} = {item.value:8.2f}")
print("low stock:", [i.sku for i in inv.low_stock()])
print("tags:", inv.by_tag())
print(asdict(inv.items["H-010"]))
print(Item("A", "x", 1.0) == Item("A", "y", 2.0), Item("A", "x", 1.0) < Item("B", "x", 1.0))
p = Point(1, 2)
q = replace(p, y=5)
print(p, q, p == Point(1, 2), hash(p) == hash(Point(1, 2)))
try:
    p.x = 10
except Exception as e:
    print(type(e).__name__)
print(repr(Item("Z-1", "zip", 1.5)))
print(f"total value: {sum(i.value for i in inv.items.values()):.2f}")
