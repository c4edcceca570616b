# 20,000 items through one queue.Queue, from 4 producers to 4 consumers: none lost, none duplicated.
import queue
import threading

PRODUCERS = 4
CONSUMERS = 4
PER_PRODUCER = 5_000

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
print("received:", len(everything))
print("distinct:", len(set(everything)))
print("none lost, none duplicated:", sorted(everything) == list(range(total)))
print("queue empty:", q.empty(), q.unfinished_tasks)

# CPython 3.11's output:
# expect: received: 20000
# expect: distinct: 20000
# expect: none lost, none duplicated: True
# expect: queue empty: True 0
