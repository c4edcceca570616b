import threading
import time

ev = threading.Event()
start = time.monotonic()
r = ev.wait(timeout=0.1)
print(r, time.monotonic() - start >= 0.09)  # expect: False True
print(ev.wait(0))  # expect: False

def setter():
    time.sleep(0.05)
    ev.set()

t = threading.Thread(target=setter)
t.start()
print(ev.wait(timeout=10))  # expect: True
t.join()
