import threading

r = threading.RLock()
r.acquire()
r.acquire()
outcome = []

def try_take():
    outcome.append(r.acquire(timeout=0.05))

t = threading.Thread(target=try_take)
t.start()
t.join()
r.release()
t2 = threading.Thread(target=try_take)
t2.start()
t2.join()
r.release()
t3 = threading.Thread(target=lambda: outcome.append(r.acquire(blocking=False)))
t3.start()
t3.join()
print(outcome)  # expect: [False, False, True]
