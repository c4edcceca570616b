class LCG:
    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def next(self):
        self.state = (1664525 * self.state + 1013904223) & 0xFFFFFFFF
        return self.state

    def random(self):
        return self.next() / 2 ** 32

    def randint(self, a, b):
        return a + self.next() % (b - a + 1)

    def choice(self, seq):
        return seq[self.next() % len(seq)]


class Lane:
    def __init__(self, name, speed):
        self.name = name
        self.speed = speed
        self.queue = []
        self.busy = 0
        self.served = 0
        self.items = 0

    def tick(self):
        if self.busy > 0:
            self.busy -= 1
            return None
        if self.queue:
            cust = self.queue.pop(0)
            self.busy = max(1, -(-cust["items"] // self.speed))
            self.served += 1
            self.items += cust["items"]
            return cust
        return None


def run(policy, minutes=300, seed=7):
    rng = LCG(seed)
    lanes = [Lane("express", 4), Lane("L1", 2), Lane("L2", 2), Lane("self", 1)]
    waits = []
    for t in range(minutes):
        if rng.random() < 0.6:
            cust = {"arrive": t, "items": rng.randint(1, 30)}
            if policy == "shortest":
                lane = min(lanes, key=lambda l: (len(l.queue), l.name))
            elif policy == "express" and cust["items"] <= 10:
                lane = lanes[0]
            elif policy == "express":
                lane = min(lanes[1:], key=lambda l: (len(l.queue), l.name))
            else:
                lane = rng.choice(lanes)
            lane.queue.append(cust)
        for lane in lanes:
            c = lane.tick()
            if c:
                waits.append(t - c["arrive"])
    left = sum(len(l.queue) for l in lanes)
    return lanes, waits, left


for policy in ("shortest", "express", "random"):
    lanes, waits, left = run(policy)
    avg = sum(waits) / len(waits)
    print(f"policy={policy:8} served={len(waits):3d} left={left:3d} avg_wait={avg:7.2f} max_wait={max(waits):4d}")
    for l in lanes:
        print(f"    {l.name:8} served={l.served:3d} items={l.items:4d} queue={len(l.queue):3d}")
rng = LCG(2024)
print([rng.randint(1, 6) for _ in range(20)])
print([round(rng.random(), 4) for _ in range(5)])
