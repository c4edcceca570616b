import queue, threading, time
q = queue.Queue()
for i in range(3): q.put(i)
print(q.qsize(), q.empty(), q.full(), q.get(), q.get_nowait())
b = queue.Queue(maxsize=2)
b.put(1); b.put(2)
print(b.full())
try:
    b.put(3, block=False)
except queue.Full:
    print('Full (nowait)')
t0 = time.monotonic()
try:
    b.put(3, timeout=0.05)
except queue.Full:
    print('Full after timeout', time.monotonic() - t0 >= 0.05)
e = queue.Queue()
try:
    e.get(timeout=0.05)
except queue.Empty as ex:
    print('Empty after timeout', repr(ex))
try:
    e.get_nowait()
except queue.Empty:
    print('Empty (nowait)')
try:
    e.get(timeout=-1)
except ValueError as ex:
    print('ValueError:', ex)
try:
    e.task_done()
except ValueError as ex:
    print('ValueError:', ex)
lq = queue.LifoQueue()
for i in range(3): lq.put(i)
print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (0, 'z')]: pq.put(item)
print([pq.get() for _ in range(4)])
sq = queue.SimpleQueue()
sq.put('x'); print(sq.qsize(), sq.empty(), sq.get(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print('SimpleQueue Empty')
w = queue.Queue()
done = []
def worker():
    while True:
        item = w.get()
        if item is None:
            w.task_done()
            break
        done.append(item * 2)
        w.task_done()
t = threading.Thread(target=worker); t.start()
for i in range(5): w.put(i)
w.put(None)
w.join()
print(done, w.unfinished_tasks)
t.join()
print(issubclass(queue.Empty, Exception))

# CPython 3.11's output:
# expect: 3 False False 0 1
# expect: True
# expect: Full (nowait)
# expect: Full after timeout True
# expect: Empty after timeout Empty()
# expect: Empty (nowait)
# expect: ValueError: 'timeout' must be a non-negative number
# expect: ValueError: task_done() called too many times
# expect: [2, 1, 0]
# expect: [(0, 'z'), (1, 'a'), (2, 'b'), (3, 'c')]
# expect: 1 False x True
# expect: SimpleQueue Empty
# expect: [0, 2, 4, 6, 8] 0
# expect: True
