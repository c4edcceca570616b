# Two threads import the same slow module: its body runs once, and the second thread waits for it.
import threading
import sys

seen = []


def worker():
    import slow
    seen.append(slow.VALUE)


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(seen)
print(sys.modules["slow"].VALUE)

# CPython 3.11's output:
# expect: slow starts
# expect: slow done
# expect: [42, 42, 42, 42]
# expect: 42
