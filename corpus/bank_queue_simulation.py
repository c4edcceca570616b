import random
from collections import deque

random.seed(2024)


class Customer:
    def __init__(self, cid, arrival, service):
        self.cid = cid
        self.arrival = arrival
        self.service = service
        self.start = None

    @property
    def wait(self):
        return self.start - self.arrival


def simulate(n_tellers, minutes=240, arrival_prob=0.45):
    line = deque()
    tellers = [None] * n_tellers
    busy_until = [0] * n_tellers
    served = []
    next_id = 1
    max_line = 0
    for t in range(minutes):
        if random.random() < arrival_prob:
            line.append(Customer(next_id, t, random.randint(2, 8)))
            next_id += 1
        for i in range(n_tellers):
            if busy_until[i] <= t and line:
                c = line.popleft()
                c.start = t
                busy_until[i] = t + c.service
                tellers[i] = c
                served.append(c)
        max_line = max(max_line, len(line))
    return served, len(line), max_line


for n in (1, 2, 3, 4):
    served, left, max_line = simulate(n)
    waits = [c.wait for c in served]
    avg = sum(waits) / len(waits)
    print(f"tellers={n}: served={len(served):3d} left={left:3d} max_line={max_line:3d} "
          f"avg_wait={avg:6.2f} worst={max(waits):3d}")

served, _, _ = simulate(2, minutes=30)
print("first customers with 2 tellers:")
for c in served[:10]:
    print(f"  #{c.cid:<3} arrived {c.arrival:3d} start {c.start:3d} service {c.service} wait {c.wait}")
hist = {}
for c in served:
    hist[c.service] = hist.get(c.service, 0) + 1
for k in sorted(hist):
    print(f"service {k}: {'#' * hist[k]}")
