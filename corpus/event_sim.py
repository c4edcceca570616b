"""A discrete-event simulation of a small coffee shop, with plugins and validation."""
from __future__ import annotations

import abc
import enum
import heapq
import random
import weakref
from dataclasses import dataclass, field, replace
from decimal import Decimal, ROUND_HALF_UP
from fractions import Fraction
from functools import cached_property
from typing import ClassVar, Generic, TypeVar, Iterator

T = TypeVar("T")


class Registry(type):
    kinds: dict[str, type] = {}

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        if not ns.get("abstract", False):
            mcls.kinds[kw.get("kind", name.lower())] = cls
        return cls

    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        obj.created_by = "registry"
        return obj


class Drink(metaclass=Registry):
    abstract = True
    base_price: ClassVar[Decimal] = Decimal("0")

    def __init_subclass__(cls, /, seconds=30, **kw):
        super().__init_subclass__()
        cls.seconds = seconds

    def price(self, size: str) -> Decimal:
        factor = {"S": Decimal("0.8"), "M": Decimal("1"), "L": Decimal("1.25")}[size]
        return (self.base_price * factor).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


class Espresso(Drink, seconds=25, kind="espresso"):
    base_price = Decimal("2.40")


class Latte(Drink, seconds=60):
    base_price = Decimal("3.65")


class Tea(Drink, seconds=40):
    base_price = Decimal("2.10")


class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        return self if obj is None else getattr(obj, self.name)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive, got {value}")
        setattr(obj, self.name, value)


class Barista:
    speed = Positive()

    def __init__(self, name, speed):
        self.name = name
        self.speed = speed
        self.busy_until = 0.0
        self.served = 0

    def __repr__(self):
        return f"Barista({self.name!r}, speed={self.speed})"


class Flag(enum.Flag):
    NONE = 0
    OAT = enum.auto()
    EXTRA_SHOT = enum.auto()
    DECAF = enum.auto()


@dataclass(frozen=True, slots=True)
class Order:
    at: float
    drink: str
    size: str = "M"
    extras: Flag = Flag.NONE


@dataclass(order=True)
class Event:
    time: float
    seq: int
    kind: str = field(compare=False)
    payload: object = field(compare=False, default=None)


class Queue(Generic[T]):
    def __init__(self):
        self._items: list[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        return self._items.pop(0)

    def __bool__(self):
        return bool(self._items)

    def __len__(self):
        return len(self._items)

    def __class_getitem__(cls, item):
        alias = super().__class_getitem__(item)
        return alias


class Plugin(abc.ABC):
    @abc.abstractmethod
    def on_served(self, order: Order, wait: float) -> None: ...


class Stats(Plugin):
    def __init__(self):
        self.waits = []

    def on_served(self, order, wait):
        self.waits.append(wait)

    @cached_property
    def summary(self):
        w = sorted(self.waits)
        return {"n": len(w), "max": round(w[-1], 2), "p50": round(w[len(w) // 2], 2)}


def arrivals(rng: random.Random, n: int) -> Iterator[Order]:
    t = 0.0
    names = sorted(Registry.kinds)
    for _ in range(n):
        t += rng.expovariate(1 / 20)
        flags = Flag.NONE
        if rng.random() < 0.3:
            flags |= Flag.OAT
        if rng.random() < 0.2:
            flags |= Flag.EXTRA_SHOT
        yield Order(round(t, 2), rng.choice(names), rng.choice("SML"), flags)


def simulate(orders, baristas, plugins):
    events: list[Event] = []
    seq = 0
    for o in orders:
        heapq.heappush(events, Event(o.at, seq, "arrive", o))
        seq += 1
    waiting: Queue[Order] = Queue()
    revenue = Decimal("0")
    log = []
    while events:
        ev = heapq.heappop(events)
        match ev:
            case Event(kind="arrive", payload=Order() as o):
                waiting.push(o)
            case Event(kind="done", payload=(b, o)):
                b.served += 1
                for p in plugins:
                    p.on_served(o, ev.time - o.at)
                log.append(f"{ev.time:7.2f} {b.name:<5} {o.size}-{o.drink}")
        for b in baristas:
            if waiting and b.busy_until <= ev.time:
                o = waiting.pop()
                drink = Registry.kinds[o.drink]()
                cost = drink.price(o.size) + (Decimal("0.50") if Flag.OAT in o.extras else 0)
                revenue += cost
                finish = ev.time + drink.seconds / b.speed
                b.busy_until = finish
                heapq.heappush(events, Event(finish, seq, "done", (b, o)))
                seq += 1
    return revenue, log


def main():
    rng = random.Random(7)
    orders = list(arrivals(rng, 12))
    print(sorted(Registry.kinds), [Registry.kinds[k].seconds for k in sorted(Registry.kinds)])
    print(orders[0], replace(orders[0], size="L").size)
    try:
        orders[0].size = "S"
    except AttributeError as e:
        print("frozen:", type(e).__name__)
    staff = [Barista("Ana", 1.5), Barista("Ben", 1)]
    try:
        Barista("Cy", 0)
    except ValueError as e:
        print(e)
    stats = Stats()
    plugins = weakref.WeakSet([stats])
    revenue, log = simulate(orders, staff, list(plugins))
    print("\n".join(log[:5]))
    print("revenue", revenue, "served", {b.name: b.served for b in staff})
    print(stats.summary, stats.summary is stats.summary)
    print(Queue[int], Latte().created_by, Flag.OAT | Flag.DECAF)
    share = Fraction(staff[0].served, sum(b.served for b in staff))
    print(f"{share=}", f"{float(share):.1%}")
    try:
        Plugin()
    except TypeError as e:
        print(str(e).split(" with")[0])
    del stats
    print(len(plugins))


main()
