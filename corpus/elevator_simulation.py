from dataclasses import dataclass, field
from enum import Enum


class Direction(Enum):
    UP = 1
    DOWN = -1
    IDLE = 0


@dataclass
class Request:
    t: int
    origin: int
    dest: int
    rid: int = 0


@dataclass
class Elevator:
    name: str
    floor: int = 0
    direction: Direction = Direction.IDLE
    riders: list = field(default_factory=list)
    stops: set = field(default_factory=set)
    moved: int = 0

    def step(self):
        if not self.stops:
            self.direction = Direction.IDLE
            return
        target = min(self.stops, key=lambda f: (abs(f - self.floor), f))
        if self.direction is Direction.UP and any(f > self.floor for f in self.stops):
            target = min(f for f in self.stops if f > self.floor)
        elif self.direction is Direction.DOWN and any(f < self.floor for f in self.stops):
            target = max(f for f in self.stops if f < self.floor)
        if target > self.floor:
            self.direction = Direction.UP
        elif target < self.floor:
            self.direction = Direction.DOWN
        self.floor += self.direction.value if target != self.floor else 0
        if target != self.floor or self.direction is not Direction.IDLE:
            self.moved += target != self.floor or 1


requests = [Request(0, 0, 7), Request(1, 3, 0), Request(2, 5, 9), Request(4, 9, 1),
            Request(5, 2, 6), Request(7, 8, 0), Request(9, 0, 4), Request(12, 6, 3)]
for i, r in enumerate(requests):
    r.rid = i + 1
cars = [Elevator("A"), Elevator("B", floor=9)]
waiting = []
done = []
log = []
for t in range(40):
    for r in [r for r in requests if r.t == t]:
        car = min(cars, key=lambda c: (abs(c.floor - r.origin) + 2 * len(c.stops), c.name))
        car.stops.add(r.origin)
        waiting.append((r, car))
        log.append(f"t={t:2d} request #{r.rid} {r.origin}->{r.dest} assigned to {car.name}")
    for car in cars:
        car.step()
        for r, c in list(waiting):
            if c is car and car.floor == r.origin:
                waiting.remove((r, c))
                car.riders.append(r)
                car.stops.add(r.dest)
                log.append(f"t={t:2d} {car.name} picks up #{r.rid} at {car.floor}")
        for r in list(car.riders):
            if r.dest == car.floor:
                car.riders.remove(r)
                done.append((r.rid, t - r.t))
                log.append(f"t={t:2d} {car.name} drops #{r.rid} at {car.floor}")
        car.stops.discard(car.floor) if not any(r.origin == car.floor for r, c in waiting if c is car) else None
print("\n".join(log))
print("completed:", sorted(done))
print("average trip time: %.2f" % (sum(d for _, d in done) / len(done)))
for car in cars:
    print(f"car {car.name}: floor {car.floor} direction {car.direction.name} moved {car.moved}")
