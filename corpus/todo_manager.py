import json
import os
import tempfile
from dataclasses import dataclass, asdict, field
from enum import Enum


class Status(str, Enum):
    TODO = "todo"
    DOING = "doing"
    DONE = "done"


@dataclass
class Task:
    id: int
    title: str
    priority: int = 2
    status: Status = Status.TODO
    tags: list = field(default_factory=list)

    def to_json(self):
        d = asdict(self)
        d["status"] = self.status.value
        return d

    @classmethod
    def from_json(cls, d):
        d = dict(d)
        d["status"] = Status(d["status"])
        return cls(**d)


class TodoList:
    def __init__(self, path):
        self.path = path
        self.tasks = []
        self.next_id = 1

    def add(self, title, priority=2, *tags):
        t = Task(self.next_id, title, priority, tags=list(tags))
        self.tasks.append(t)
        self.next_id += 1
        return t

    def move(self, task_id, status):
        for t in self.tasks:
            if t.id == task_id:
                t.status = status
                return t
        raise KeyError(f"no task {task_id}")

    def save(self):
        with open(self.path, "w", encoding="utf-8") as fh:
            json.dump({"next_id": self.next_id, "tasks": [t.to_json() for t in self.tasks]}, fh, indent=1)

    def load(self):
        with open(self.path, encoding="utf-8") as fh:
            data = json.load(fh)
        self.next_id = data["next_id"]
        self.tasks = [Task.from_json(d) for d in data["tasks"]]

    def board(self):
        lines = []
        for st in Status:
            items = sorted((t for t in self.tasks if t.status is st), key=lambda t: (t.priority, t.id))
            lines.append(f"== {st.value.upper()} ({len(items)})")
            for t in items:
                tags = f" [{', '.join(t.tags)}]" if t.tags else ""
                lines.append(f"  #{t.id:<2} p{t.priority} {t.title}{tags}")
        return "\n".join(lines)


with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "todo.json")
    todo = TodoList(path)
    todo.add("write report", 1, "work")
    todo.add("buy milk", 3, "home", "errand")
    todo.add("fix bug #12", 1, "work", "urgent")
    todo.add("call mom", 2)
    todo.add("plan trip", 2, "home")
    todo.move(3, Status.DOING)
    todo.move(2, Status.DONE)
    try:
        todo.move(42, Status.DONE)
    except KeyError as e:
        print("error:", e)
    print(todo.board())
    todo.save()
    print("saved bytes:", os.path.getsize(path))
    again = TodoList(path)
    again.load()
    print("reloaded equal:", again.tasks == todo.tasks, again.next_id)
    again.add("new after reload")
    again.move(3, Status.DONE)
    print(again.board())
    with open(path) as fh:
        raw = json.load(fh)
    print(raw["tasks"][1])
    print(Status.DONE == "done", Status("doing").name, [s.value for s in Status])
print("temp dir removed:", not os.path.exists(path))
