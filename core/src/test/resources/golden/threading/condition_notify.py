import threading

cond = threading.Condition()
items = []

def consumer(out):
    with cond:
        while not items:
            cond.wait()
        out.append(items.pop(0))

got = []
t = threading.Thread(target=consumer, args=(got,))
t.start()
with cond:
    items.append("payload")
    cond.notify()
t.join()
print(got, items)  # expect: ['payload'] []
try:
    cond.notify()
except RuntimeError as e:
    print(e)  # expect: cannot notify on un-acquired lock
