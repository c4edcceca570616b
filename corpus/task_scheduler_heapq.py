import heapq
from dataclasses import dataclass, field
from itertools import count


@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)
    duration: int = field(compare=False)
    deps: tuple = field(default=(), compare=False)


class Scheduler:
    def __init__(self, workers):
        self.workers = workers
        self.ready = []
        self.seq = count()
        self.pending = {}
        self.done = set()

    def add(self, name, priority, duration, deps=()):
        job = Job(priority, next(self.seq), name, duration, tuple(deps))
        if all(d in self.done for d in deps):
            heapq.heappush(self.ready, job)
        else:
            self.pending[name] = job

    def run(self):
        clock = 0
        running = []
        timeline = []
        while self.ready or running or self.pending:
            while self.ready and len(running) < self.workers:
                job = heapq.heappop(self.ready)
                heapq.heappush(running, (clock + job.duration, job.seq, job))
                timeline.append(f"t={clock:3d} start  {job.name:<10} (p{job.priority}, {job.duration}u)")
            if not running:
                raise RuntimeError(f"deadlock: {sorted(self.pending)}")
            clock, _, job = heapq.heappop(running)
            self.done.add(job.name)
            timeline.append(f"t={clock:3d} finish {job.name}")
            for name in sorted(self.pending):
                pj = self.pending[name]
                if all(d in self.done for d in pj.deps):
                    heapq.heappush(self.ready, self.pending.pop(name))
        return clock, timeline


s = Scheduler(workers=2)
s.add("fetch", 1, 4)
s.add("lint", 3, 2)
s.add("compile", 2, 6, deps=["fetch"])
s.add("test", 2, 5, deps=["compile"])
s.add("docs", 5, 3, deps=["fetch"])
s.add("package", 1, 2, deps=["test", "lint"])
s.add("deploy", 0, 1, deps=["package", "docs"])
total, timeline = s.run()
print("\n".join(timeline))
print("makespan:", total)

bad = Scheduler(1)
bad.add("a", 1, 1, deps=["b"])
bad.add("b", 1, 1, deps=["a"])
try:
    bad.run()
except RuntimeError as e:
    print(e)

nums = [9, 4, 7, 1, 8, 2, 6, 3, 5]
print(heapq.nsmallest(3, nums), heapq.nlargest(3, nums))
words = ["pear", "fig", "banana", "kiwi", "apple"]
print(heapq.nsmallest(2, words, key=len), heapq.nlargest(2, words, key=len))
h = []
for n in nums:
    heapq.heappush(h, -n)
print([-heapq.heappop(h) for _ in range(4)])
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [5])))
h2 = [5, 1, 4]
heapq.heapify(h2)
print(heapq.heappushpop(h2, 0), heapq.heapreplace(h2, 7), sorted(h2))
