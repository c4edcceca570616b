import threading
import time

lock = threading.Lock()
lock.acquire()
start = time.monotonic()
got = lock.acquire(timeout=0.1)
waited = time.monotonic() - start
print(got, waited >= 0.09)  # expect: False True
result = []

def taker():
    result.append(lock.acquire(timeout=5))
    lock.release()

t = threading.Thread(target=taker)
t.start()
time.sleep(0.05)
lock.release()
t.join()
print(result, lock.locked())  # expect: [True] False
try:
    lock.acquire(False, 1.0)
except ValueError as e:
    print(e)  # expect: can't specify a timeout for a non-blocking call
