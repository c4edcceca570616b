# 20,000 items through one queue.Queue, from 4 producers to 4 consumers: none lost, none duplicated.
# An argument sets the items per producer (StdlibGuaranteesTest sends 100,000 in all).
import queue
import sys
import threading

PRODUCERS = 4
CONSUMERS = 4
PER_PRODUCER = int(sys.argv[1]) if len(sys.argv) > 1 else 5_000

q = queue.Queue(maxsize=1000)
received = [[] for _ in range(CONSUMERS)]


def produce(p):
    base = p * PER_PRODUCER
    for i in range(base, base + PER_PRODUCER):
        q.put(i)


def consume(c):
    mine = received[c]
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        mine.append(item)
        q.task_done()


consumers = [threading.Thread(target=consume, args=(c,)) for c in range(CONSUMERS)]
producers = [threading.Thread(target=produce, args=(p,)) for p in range(PRODUCERS)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
q.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()

everything = [item for part in received for item in part]
total = PRODUCERS * PER_PRODUCER
print("received every item:", len(everything) == total)
print("distinct:", len(set(everything)) == total)
print("none lost, none duplicated:", sorted(everything) == list(range(total)))
print("queue empty:", q.empty(), q.unfinished_tasks)

# CPython 3.11's output:
# expect: received every item: True
# expect: distinct: True
# expect: none lost, none duplicated: True
# expect: queue empty: True 0
