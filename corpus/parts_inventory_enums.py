from __future__ import annotations

import enum
from enum import Enum, IntEnum, Flag, auto
from typing import NamedTuple, Optional, Iterable, Iterator, Dict, TypedDict, Protocol, ClassVar


class Category(Enum):
    FASTENER = "fastener"
    ELECTRICAL = "electrical"
    PLUMBING = "plumbing"
    TOOL = "tool"

    @property
    def label(self) -> str:
        return self.value.title()


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3
    URGENT = 4


class Storage(Flag):
    DRY = auto()
    COOL = auto()
    LOCKED = auto()
    HAZMAT = auto()
    SECURE_HAZMAT = LOCKED | HAZMAT


class Status(str, Enum):
    IN_STOCK = "in stock"
    LOW = "low"
    OUT = "out of stock"


class Part(NamedTuple):
    sku: str
    name: str
    category: Category
    qty: int
    reorder_at: int = 10
    storage: Storage = Storage.DRY
    supplier: Optional[str] = None

    @property
    def status(self) -> Status:
        if self.qty == 0:
            return Status.OUT
        return Status.LOW if self.qty <= self.reorder_at else Status.IN_STOCK


class OrderLine(TypedDict):
    sku: str
    qty: int
    priority: Priority


class Notifier(Protocol):
    def notify(self, message: str) -> None: ...


class ListNotifier:
    def __init__(self) -> None:
        self.messages: list[str] = []

    def notify(self, message: str) -> None:
        self.messages.append(message)


class Inventory:
    low_water_default: ClassVar[int] = 10

    def __init__(self, parts: Iterable[Part], notifier: Notifier) -> None:
        self._parts: Dict[str, Part] = {p.sku: p for p in parts}
        self.notifier = notifier

    def __iter__(self) -> Iterator[Part]:
        return iter(sorted(self._parts.values(), key=lambda p: (p.category.value, p.sku)))

    def __len__(self) -> int:
        return len(self._parts)

    def take(self, sku: str, qty: int) -> Part:
        part = self._parts[sku]
        if qty > part.qty:
            raise ValueError(f"only {part.qty} of {sku} left, wanted {qty}")
        updated = part._replace(qty=part.qty - qty)
        self._parts[sku] = updated
        if updated.status is not Status.IN_STOCK and part.status is Status.IN_STOCK:
            self.notifier.notify(f"{sku} is now {updated.status.value}")
        return updated

    def reorder_list(self) -> list[OrderLine]:
        lines: list[OrderLine] = []
        for p in self:
            if p.status is Status.IN_STOCK:
                continue
            prio = Priority.URGENT if p.status is Status.OUT else Priority.HIGH if p.qty < p.reorder_at // 2 else Priority.NORMAL
            lines.append({"sku": p.sku, "qty": p.reorder_at * 3 - p.qty, "priority": prio})
        return sorted(lines, key=lambda line: (-line["priority"], line["sku"]))


PARTS = [
    Part("F-100", "hex bolt M6", Category.FASTENER, 500, 100),
    Part("F-101", "washer M6", Category.FASTENER, 80, 100),
    Part("E-200", "cable 2.5mm", Category.ELECTRICAL, 12, storage=Storage.DRY | Storage.COOL),
    Part("E-201", "fuse 10A", Category.ELECTRICAL, 0, 20, supplier="Fusetech"),
    Part("P-300", "copper pipe", Category.PLUMBING, 40),
    Part("P-301", "solvent cement", Category.PLUMBING, 6, storage=Storage.SECURE_HAZMAT | Storage.COOL),
    Part("T-400", "torque wrench", Category.TOOL, 3, 2, Storage.LOCKED, "ToolCo"),
]

notes = ListNotifier()
inv = Inventory(PARTS, notes)
print(len(inv), "parts")
for part in inv:
    flags = "|".join(m.name for m in Storage if m in part.storage and m.name != "SECURE_HAZMAT")
    print(f"{part.sku:6} {part.name:<15} {part.category.label:<11} {part.qty:>4} {part.status.value:<13} {flags}")

inv.take("F-100", 420)
inv.take("P-300", 35)
try:
    inv.take("T-400", 5)
except ValueError as e:
    print("ValueError:", e)
print(notes.messages)
for line in inv.reorder_list():
    print(f"  order {line['qty']:>4} x {line['sku']} ({line['priority'].name}, {int(line['priority'])})")

print(list(Category), Category("tool"), Category["PLUMBING"].label)
print(Priority.HIGH > Priority.NORMAL, Priority.URGENT + 1, sorted([Priority.HIGH, Priority.LOW]), max(Priority))
print(Storage.SECURE_HAZMAT, Storage.LOCKED in Storage.SECURE_HAZMAT, bool(Storage(0)), Storage(3))
print(repr(Status.LOW), Status.LOW == "low", Status("out of stock").name, f"{Priority.HIGH}", f"{Status.LOW.value:>8}")
print(Part._fields, Part._field_defaults["reorder_at"], PARTS[0]._asdict()["category"])
print(Part("X-1", "x", Category.TOOL, 1) == ("X-1", "x", Category.TOOL, 1, 10, Storage.DRY, None))
print(Inventory.__init__.__annotations__, Part.__annotations__["qty"])
print({c: sum(p.qty for p in inv if p.category is c) for c in Category})
try:
    Category("wood")
except ValueError as e:
    print("ValueError:", e)
print(Priority(3).name, Priority["LOW"].value, [p.name for p in Priority if p % 2 == 0])
print(Category.TOOL in Category, isinstance(Priority.LOW, int), type(Status.LOW).__mro__[1:3])


class Shape(Enum):
    SQUARE = 4
    DIAMOND = 4
    TRIANGLE = 3

    def describe(self):
        return f"{self.name.lower()} with {self.value} sides"


print(Shape.DIAMOND is Shape.SQUARE, [s.describe() for s in Shape], list(Shape.__members__))


@enum.unique
class Unique(Enum):
    A = 1
    B = 2


try:
    @enum.unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
