from __future__ import annotations

from typing import Generic, TypeVar, Protocol, Iterable, Callable, Optional, NamedTuple, TypedDict, Any, runtime_checkable

T = TypeVar("T")
K = TypeVar("K")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"Stack({self._items})"


@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str: ...


class Box:
    def __init__(self, w: int, h: int) -> None:
        self.w, self.h = w, h

    def draw(self) -> str:
        return "\n".join(["+" + "-" * self.w + "+"] + ["|" + " " * self.w + "|"] * self.h + ["+" + "-" * self.w + "+"])


class Label:
    def __init__(self, text: str) -> None:
        self.text = text

    def draw(self) -> str:
        return f"[{self.text}]"


class Coord(NamedTuple):
    lat: float
    lon: float
    name: str = "?"


class Movie(TypedDict):
    title: str
    year: int


def group_by(items: Iterable[T], key: Callable[[T], K]) -> dict[K, list[T]]:
    out: dict[K, list[T]] = {}
    for it in items:
        out.setdefault(key(it), []).append(it)
    return out


def first(items: Iterable[T], pred: Callable[[T], bool]) -> Optional[T]:
    for it in items:
        if pred(it):
            return it
    return None


def render_all(things: list[Any]) -> list[str]:
    return [t.draw() if isinstance(t, Drawable) else f"<not drawable: {type(t).__name__}>" for t in things]


s: Stack[int] = Stack()
for i in range(5):
    s.push(i * i)
print(s, len(s), s.pop(), s.pop(), s)
try:
    Stack[str]().pop()
except IndexError as e:
    print("IndexError:", e)
for out in render_all([Box(4, 2), Label("ok"), 42]):
    print(out)
c = Coord(51.5, -0.12, "London")
print(c, c.lat, c._replace(name="LDN"), Coord(0.0, 0.0))
m: Movie = {"title": "Alien", "year": 1979}
print(m, type(m).__name__)
words = ["apple", "avocado", "banana", "blueberry", "cherry", "kiwi"]
print(group_by(words, lambda w: w[0]))
print(group_by(range(10), lambda n: n % 3))
print(first(words, lambda w: len(w) > 6), first(words, lambda w: w.startswith("z")))
print(Stack.__parameters__ if hasattr(Stack, "__parameters__") else None, isinstance(Label("x"), Drawable))
print(group_by.__annotations__)
