import queue
import threading

SENTINEL = object()


def producer(name, q, items):
    for item in items:
        q.put((name, item))
    q.put(SENTINEL)


def consumer(q, n_producers, out, lock):
    finished = 0
    while finished < n_producers:
        msg = q.get()
        if msg is SENTINEL:
            finished += 1
            continue
        name, item = msg
        with lock:
            out.setdefault(name, []).append(item * item)


q = queue.Queue(maxsize=5)
out = {}
lock = threading.Lock()
producers = [
    threading.Thread(target=producer, args=(f"p{i}", q, range(i * 10, i * 10 + 8)))
    for i in range(3)
]
cons = threading.Thread(target=consumer, args=(q, len(producers), out, lock))
cons.start()
for p in producers:
    p.start()
for p in producers:
    p.join()
cons.join()
for name in sorted(out):
    print(name, out[name])
print("total items:", sum(len(v) for v in out.values()))

pq = queue.PriorityQueue()
for prio, job in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent"), (5, "later")]:
    pq.put((prio, job))
while not pq.empty():
    print("job:", pq.get())

lifo = queue.LifoQueue()
for i in range(5):
    lifo.put(i)
print("lifo:", [lifo.get() for _ in range(5)])
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print("empty queue raises queue.Empty")
bounded = queue.Queue(maxsize=1)
bounded.put(1)
try:
    bounded.put_nowait(2)
except queue.Full:
    print("full queue raises queue.Full")

cond = threading.Condition()
buffer = []
consumed = []


def cond_consumer():
    with cond:
        while len(consumed) < 10:
            while not buffer:
                cond.wait()
            consumed.append(buffer.pop(0))


def cond_producer():
    for i in range(10):
        with cond:
            buffer.append(i)
            cond.notify()


c = threading.Thread(target=cond_consumer)
p = threading.Thread(target=cond_producer)
c.start(); p.start()
p.join(); c.join()
print("condition consumed:", consumed)
