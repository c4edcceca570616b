from datetime import date

import todo
from todo import Task, Priority, Status, TaskStore
from todo.model import days
from todo.store import StoreError

TODAY = date(2024, 3, 15)


def build() -> TaskStore:
    store = TaskStore()
    store.add(Task("Write the quarterly report for the board", Priority.HIGH, TODAY + days(3), ["work"]))
    store.add(Task("Buy milk", Priority.LOW, TODAY - days(1), ["home", "shopping"]))
    store.add(Task("Fix the leaking tap", Priority.parse("medium"), TODAY - days(5), ["home"]))
    store.add(Task("Renew passport", Priority.HIGH, None, ["admin"]))
    store.add(Task("Plan the team offsite", Priority.MEDIUM, TODAY + days(20), ["work", "travel"]))
    store.add(Task("Read a novel"))
    return store


def main():
    print(f"todo {todo.__version__} ({len(todo.__all__)} names)")
    store = build()
    store.complete(2)
    store[4].status = Status.BLOCKED
    print(todo.render_table(store, TODAY))
    print()
    for line in todo.summary(store):
        print(line)
    print()
    overdue = store.where(lambda t: t.overdue(TODAY))
    print("overdue:", [t.title for t in overdue])
    print("by tag:", store.by_tag())
    print("top tags:", store.tag_counts().most_common(2))
    text = store.dumps()
    print(text.splitlines()[:6])
    again = TaskStore.loads(text)
    print("round trip:", [t.title for t in again] == [t.title for t in store],
          [t.id for t in again])
    first = min(store)
    print("first:", first.title, repr(first.priority), first < max(store))
    try:
        store[99]
    except StoreError as e:
        print("error:", e)
    try:
        Priority.parse("urgent")
    except ValueError as e:
        print("error:", e, "| cause suppressed:", e.__suppress_context__)
    try:
        store.add(Task(""))
    except StoreError as e:
        print("error:", e)
    print(Task.__annotations__["due"], Task("x") == Task("x"))


if __name__ == "__main__":
    main()
