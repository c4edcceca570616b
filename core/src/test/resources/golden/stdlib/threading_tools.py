import threading
import time

# Semaphore: at most two workers inside at once.
sem = threading.Semaphore(2)
inside = 0
most = 0
guard = threading.Lock()


def limited():
    global inside, most
    with sem:
        with guard:
            inside += 1
            most = max(most, inside)
        time.sleep(0.01)
        with guard:
            inside -= 1


ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("most inside:", most)
print(sem.acquire(blocking=False), sem.acquire(blocking=False), sem.acquire(blocking=False))
sem.release(2)
print(sem.acquire(timeout=0.01))
try:
    sem.acquire(blocking=False, timeout=1)
except ValueError as e:
    print("ValueError:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)

b = threading.BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)

# Barrier: three threads meet, the action runs once.
actions = []
barrier = threading.Barrier(3, action=lambda: actions.append("tripped"))
indices = []


def meet():
    indices.append(barrier.wait())


ts = [threading.Thread(target=meet) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(indices), actions, barrier.parties, barrier.n_waiting, barrier.broken)
lonely = threading.Barrier(2)
try:
    lonely.wait(timeout=0.02)
except threading.BrokenBarrierError:
    print("BrokenBarrierError", lonely.broken)
lonely.reset()
print(lonely.broken)

# Timer: runs once after the delay, or never once cancelled.
fired = []
t = threading.Timer(0.01, fired.append, args=["fired"])
t.start()
t.join()
c = threading.Timer(10, fired.append, args=["cancelled"])
c.start()
c.cancel()
c.join()
print(fired)

# local: each thread sees its own attributes.
data = threading.local()
data.value = "main"
seen = []


def other():
    seen.append(hasattr(data, "value"))
    data.value = "other"
    seen.append(data.value)


t = threading.Thread(target=other)
t.start()
t.join()
print(seen, data.value)

# excepthook: replaced, it receives the exception that ended a thread.
caught = []
threading.excepthook = lambda args: caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


def fails():
    raise RuntimeError("in thread")


t = threading.Thread(target=fails, name="failing")
t.start()
t.join()
print(caught)
threading.excepthook = threading.__excepthook__

# enumerate and active_count.
stop = threading.Event()
t = threading.Thread(target=stop.wait, name="waiter")
t.start()
print(threading.active_count(), sorted(th.name for th in threading.enumerate()))
stop.set()
t.join()
print(threading.active_count(), [th.name for th in threading.enumerate()])
print(threading.main_thread().name, threading.current_thread() is threading.main_thread())
print(threading.gettrace())

# CPython 3.11's output:
# expect: most inside: 2
# expect: True True False
# expect: True
# expect: ValueError: can't specify timeout for non-blocking acquire
# expect: ValueError: semaphore initial value must be >= 0
# expect: ValueError: Semaphore released too many times
# expect: [0, 1, 2] ['tripped'] 3 0 False
# expect: BrokenBarrierError True
# expect: False
# expect: ['fired']
# expect: [False, 'other'] main
# expect: [('RuntimeError', 'in thread', 'failing')]
# expect: 2 ['MainThread', 'waiter']
# expect: 1 ['MainThread']
# expect: MainThread True
# expect: None
