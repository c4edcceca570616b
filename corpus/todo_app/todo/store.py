import json
from collections import Counter, defaultdict
from typing import Callable, Iterable, Iterator

from .model import Task, Status, Priority


class StoreError(Exception):
    pass


class TaskStore:
    def __init__(self, tasks: Iterable[Task] = ()):
        self._tasks: dict[int, Task] = {}
        self._next = 1
        for t in tasks:
            self.add(t)

    def add(self, task: Task) -> Task:
        if not task.title:
            raise StoreError("a task needs a title")
        task.id = self._next
        self._next += 1
        self._tasks[task.id] = task
        return task

    def __len__(self):
        return len(self._tasks)

    def __iter__(self) -> Iterator[Task]:
        return iter(sorted(self._tasks.values()))

    def __getitem__(self, task_id: int) -> Task:
        try:
            return self._tasks[task_id]
        except KeyError:
            raise StoreError(f"no task #{task_id}") from None

    def complete(self, task_id: int) -> None:
        self[task_id].status = Status.DONE

    def where(self, pred: Callable[[Task], bool]) -> list[Task]:
        return [t for t in self if pred(t)]

    def by_tag(self) -> dict[str, list[str]]:
        groups = defaultdict(list)
        for t in self:
            for tag in t.tags or ["untagged"]:
                groups[tag].append(t.title)
        return dict(sorted(groups.items()))

    def tag_counts(self) -> Counter:
        return Counter(tag for t in self._tasks.values() for tag in t.tags)

    def dumps(self) -> str:
        return json.dumps([t.to_json() for t in self], indent=2, sort_keys=True)

    @classmethod
    def loads(cls, text: str) -> "TaskStore":
        return cls(Task.from_json(d) for d in json.loads(text))
