from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta


class LibraryError(Exception):
    pass


@dataclass
class Book:
    isbn: str
    title: str
    author: str
    copies: int = 1
    on_loan: int = 0

    @property
    def available(self) -> int:
        return self.copies - self.on_loan


@dataclass
class Member:
    name: str
    limit: int = 3
    loans: dict[str, date] = field(default_factory=dict)
    fines: float = 0.0


class Library:
    LOAN_DAYS = 14
    FINE_PER_DAY = 0.25

    def __init__(self) -> None:
        self.books: dict[str, Book] = {}
        self.members: dict[str, Member] = {}
        self.events: list[str] = []

    def add_book(self, isbn: str, title: str, author: str, copies: int = 1) -> None:
        if isbn in self.books:
            self.books[isbn].copies += copies
        else:
            self.books[isbn] = Book(isbn, title, author, copies)

    def join(self, name: str, limit: int = 3) -> Member:
        m = self.members[name] = Member(name, limit)
        return m

    def checkout(self, name: str, isbn: str, today: date) -> date:
        m = self.members.get(name)
        b = self.books.get(isbn)
        if m is None or b is None:
            raise LibraryError(f"unknown member or book: {name}/{isbn}")
        if m.fines > 1.0:
            raise LibraryError(f"{name} owes {m.fines:.2f}")
        if len(m.loans) >= m.limit:
            raise LibraryError(f"{name} reached limit of {m.limit}")
        if b.available == 0:
            raise LibraryError(f"no copies of {b.title!r} left")
        if isbn in m.loans:
            raise LibraryError(f"{name} already has {b.title!r}")
        due = today + timedelta(days=self.LOAN_DAYS)
        m.loans[isbn] = due
        b.on_loan += 1
        self.events.append(f"{today} {name} borrowed {b.title!r} due {due}")
        return due

    def checkin(self, name: str, isbn: str, today: date) -> float:
        m = self.members[name]
        due = m.loans.pop(isbn)
        self.books[isbn].on_loan -= 1
        late = max(0, (today - due).days)
        fine = late * self.FINE_PER_DAY
        m.fines += fine
        self.events.append(f"{today} {name} returned {self.books[isbn].title!r} late={late}d fine={fine:.2f}")
        return fine

    def search(self, text: str) -> list[str]:
        t = text.lower()
        return sorted(b.title for b in self.books.values() if t in b.title.lower() or t in b.author.lower())

    def report(self) -> str:
        lines = [f"{'ISBN':<6} {'Title':<28} {'Avail':>5}/{'Tot':<3}"]
        for b in sorted(self.books.values(), key=lambda b: b.title):
            lines.append(f"{b.isbn:<6} {b.title:<28} {b.available:>5}/{b.copies:<3}")
        return "\n".join(lines)


lib = Library()
for isbn, title, author, n in [("111", "Dune", "Frank Herbert", 2), ("222", "Neuromancer", "William Gibson", 1),
                               ("333", "The Left Hand of Darkness", "Ursula K. Le Guin", 1), ("444", "Hyperion", "Dan Simmons", 1),
                               ("111", "Dune", "Frank Herbert", 1)]:
    lib.add_book(isbn, title, author, n)
for name, limit in [("ann", 2), ("bob", 3)]:
    lib.join(name, limit)
d0 = date(2024, 4, 1)
actions = [
    ("out", "ann", "111", 0), ("out", "ann", "222", 0), ("out", "ann", "333", 1), ("out", "bob", "222", 2),
    ("out", "bob", "111", 2), ("out", "zed", "111", 3), ("in", "ann", "222", 20), ("out", "bob", "222", 21),
    ("in", "ann", "111", 30), ("out", "ann", "444", 31), ("in", "bob", "111", 10), ("out", "bob", "111", 11),
]
for kind, who, isbn, day in actions:
    today = d0 + timedelta(days=day)
    try:
        if kind == "out":
            due = lib.checkout(who, isbn, today)
            print(f"{today} OK   {who} takes {isbn}, due {due:%b %d}")
        else:
            fine = lib.checkin(who, isbn, today)
            print(f"{today} OK   {who} returns {isbn}, fine {fine:.2f}")
    except LibraryError as e:
        print(f"{today} DENY {e}")
print(lib.report())
print("search 'an':", lib.search("an"))
for m in lib.members.values():
    print(f"{m.name}: loans={sorted(m.loans)} fines={m.fines:.2f}")
print(len(lib.events), "events;", lib.events[-1])
