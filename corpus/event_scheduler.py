"""A tiny discrete-event scheduler on a heap, with dates and durations."""
import heapq
from dataclasses import dataclass, field
from datetime import datetime, timedelta


@dataclass(order=True)
class Event:
    when: datetime
    priority: int
    name: str = field(compare=False)
    repeat: timedelta = field(default=None, compare=False)


class Scheduler:
    def __init__(self, start):
        self.now = start
        self.queue = []
        self.log = []

    def at(self, when, name, priority=5, repeat=None):
        heapq.heappush(self.queue, Event(when, priority, name, repeat))

    def after(self, delay, name, **kw):
        self.at(self.now + delay, name, **kw)

    def run_until(self, end):
        while self.queue and self.queue[0].when <= end:
            ev = heapq.heappop(self.queue)
            self.now = ev.when
            self.log.append((ev.when, ev.name))
            if ev.repeat:
                self.at(ev.when + ev.repeat, ev.name, ev.priority, ev.repeat)
        self.now = end


def main():
    start = datetime(2024, 3, 1, 8, 0)
    s = Scheduler(start)
    s.after(timedelta(minutes=30), "coffee", priority=1)
    s.after(timedelta(hours=1), "standup", repeat=timedelta(days=1))
    s.after(timedelta(hours=1), "email", priority=9)
    s.at(datetime(2024, 3, 1, 12, 0), "lunch")
    s.after(timedelta(hours=3, minutes=15), "review", repeat=timedelta(hours=2))
    s.run_until(datetime(2024, 3, 2, 10, 0))
    for when, name in s.log:
        print(when.strftime("%a %d %b %H:%M"), name)
    print("pending:", [(e.when.isoformat(), e.name) for e in sorted(s.queue)][:3])
    span = s.log[-1][0] - s.log[0][0]
    print("span:", span, "=", span.total_seconds() / 3600, "hours")
    counts = {}
    for _, name in s.log:
        counts[name] = counts.get(name, 0) + 1
    print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    d = datetime(2024, 2, 28)
    print([(d + timedelta(days=i)).strftime("%m-%d") for i in range(3)], (d + timedelta(days=1)).day)
    print(datetime(2024, 12, 31).timetuple().tm_yday, datetime(2023, 12, 31).timetuple().tm_yday)
    print(timedelta(days=1, seconds=3661), timedelta(hours=-1), repr(timedelta(minutes=90)))
    print(start.weekday(), start.isoweekday(), start.replace(hour=23).strftime("%I %p"))


main()
