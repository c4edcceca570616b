# Four threads append to one list subclass instance and update one dict subclass instance: the
# storage is the builtin's, guarded as the builtin's is, so no update is lost under any lock.
import threading

class Log(list):
    def record(self, item):
        self.append(item)

class Tally(dict):
    def __missing__(self, key):
        return 0

log = Log()
tally = Tally()
lock = threading.Lock()

def work(n):
    for i in range(2000):
        log.record((n, i))
        list.append(log, i)
        with lock:
            tally[n % 2] += 1
        tally.setdefault(("seen", n), i)

threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(len(log), type(log).__name__, sum(1 for x in log if isinstance(x, tuple)))
print(tally[0], tally[1], tally["missing"], len(tally))
print(sorted(x[1] for x in log if isinstance(x, tuple) and x[0] == 3)[:3])

# CPython 3.11's output:
# expect: 16000 Log 8000
# expect: 4000 4000 0 6
# expect: [0, 1, 2]
