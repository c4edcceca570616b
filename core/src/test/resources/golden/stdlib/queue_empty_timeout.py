# queue.Empty after a get() whose timeout passed, uncaught.
import queue
import time

q = queue.Queue()
q.put("only")
print(q.get(timeout=0.01))
start = time.monotonic()
try:
    q.get(timeout=0.05)
except queue.Empty as e:
    print("waited:", time.monotonic() - start >= 0.05, type(e).__name__, e.__class__.__module__)
q.get(timeout=0.01)

# CPython 3.11's output:
# expect: only
# expect: waited: True Empty _queue
# expect error: _queue.Empty
