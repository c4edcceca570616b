# Four threads rebind one global to a fresh list over and over. Each store's reference to the
# old value is dropped by whichever thread replaces it; none of the lists may outlive the run
# (the leak report of the checked modes counts any that do).
import threading

x = None


def worker(n):
    global x
    for i in range(n):
        x = [[i]]


threads = [threading.Thread(target=worker, args=(20000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(type(x).__name__, len(x), x[0][0])
del x
# expect: list 1 19999
