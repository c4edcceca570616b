import threading

ev = threading.Event()
print(ev.is_set())  # expect: False
log = []

def waiter(i):
    ev.wait()
    log.append(i)

ts = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
print(len(log))  # expect: 0
ev.set()
for t in ts:
    t.join()
print(sorted(log), ev.is_set())  # expect: [0, 1, 2] True
print(ev.wait(), ev.wait(0))  # expect: True True
ev.clear()
print(ev.is_set())  # expect: False
