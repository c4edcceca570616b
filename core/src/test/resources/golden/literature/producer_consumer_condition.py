# Bounded buffer: one producer, one consumer, a Condition for "not full"/"not empty".
import threading

CAPACITY = 3
buffer = []
cond = threading.Condition()
consumed = []
DONE = None

def producer():
    for item in list(range(20)) + [DONE]:
        with cond:
            cond.wait_for(lambda: len(buffer) < CAPACITY)
            buffer.append(item)
            cond.notify_all()

def consumer():
    while True:
        with cond:
            cond.wait_for(lambda: len(buffer) > 0)
            item = buffer.pop(0)
            cond.notify_all()
        if item is DONE:
            return
        consumed.append(item)

p = threading.Thread(target=producer, name="producer")
c = threading.Thread(target=consumer, name="consumer")
c.start()
p.start()
p.join()
c.join()
print(len(consumed), sum(consumed))  # expect: 20 190
print(consumed == list(range(20)), buffer)  # expect: True []
