from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED, ALL_COMPLETED, Future, CancelledError
from concurrent.futures import InvalidStateError, BrokenExecutor
import threading
import time

def square(x):
    return x * x

with ThreadPoolExecutor(max_workers=4) as ex:
    futures = [ex.submit(square, i) for i in range(10)]
    print(sorted(f.result() for f in as_completed(futures)))
    print(list(ex.map(square, range(5))))
    print(list(ex.map(pow, [2, 3], [5, 2])))

def fail(x):
    raise ValueError(f"bad {x}")

with ThreadPoolExecutor(2) as ex:
    f = ex.submit(fail, 3)
    try:
        f.result()
    except ValueError as e:
        print("re-raised:", e)
    print(type(f.exception()).__name__, f.done(), f.cancelled(), f.running())
    it = ex.map(fail, [1])
    try:
        next(it)
    except ValueError as e:
        print("map raised:", e)

ev = threading.Event()
def slow():
    ev.wait()
    return "slow"
with ThreadPoolExecutor(2) as ex:
    fast = ex.submit(square, 7)
    s = ex.submit(slow)
    done, not_done = wait([fast, s], return_when=FIRST_COMPLETED)
    print(fast in done, s in not_done)
    try:
        s.result(timeout=0.05)
    except TimeoutError:
        print("TimeoutError from result")
    try:
        for f in as_completed([s], timeout=0.05):
            pass
    except TimeoutError as e:
        print("as_completed:", e)
    ev.set()
    r = wait([fast, s], return_when=ALL_COMPLETED)
    print(len(r.done), len(r.not_done), s.result())

f = Future()
print(f.cancel(), f.cancelled(), f.done())
try:
    f.result()
except CancelledError:
    print("CancelledError")
g = Future()
calls = []
g.add_done_callback(lambda fut: calls.append(fut.result()))
g.set_result(5)
print(calls, g.result())
h = Future()
h.set_exception(KeyError('k'))
print(repr(h.exception()))
try:
    h.set_result(1)
except InvalidStateError:
    print("InvalidStateError")

ex = ThreadPoolExecutor(1)
ex.shutdown()
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    ThreadPoolExecutor(0)
except ValueError as e:
    print("ValueError:", e)

gate = threading.Event()
with ThreadPoolExecutor(1) as ex:
    first = ex.submit(gate.wait)
    later = [ex.submit(square, i) for i in range(3)]
    time.sleep(0.05)
    ex.shutdown(wait=False, cancel_futures=True)
    gate.set()
print([f.cancelled() for f in later], first.result())

names = []
with ThreadPoolExecutor(2, thread_name_prefix="pool") as ex:
    ex.submit(lambda: names.append(threading.current_thread().name)).result()
print(names)
print(issubclass(BrokenExecutor, RuntimeError), True)

# CPython 3.11's output:
# expect: [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
# expect: [0, 1, 4, 9, 16]
# expect: [32, 9]
# expect: re-raised: bad 3
# expect: ValueError True False False
# expect: map raised: bad 1
# expect: True True
# expect: TimeoutError from result
# expect: as_completed: 1 (of 1) futures unfinished
# expect: 2 0 slow
# expect: True True True
# expect: CancelledError
# expect: [5] 5
# expect: KeyError('k')
# expect: InvalidStateError
# expect: RuntimeError: cannot schedule new futures after shutdown
# expect: ValueError: max_workers must be greater than 0
# expect: [True, True, True] True
# expect: ['pool_0']
# expect: True True
