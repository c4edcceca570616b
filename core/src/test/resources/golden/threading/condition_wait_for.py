import threading

cond = threading.Condition(threading.Lock())
state = {"count": 0}

def incrementer():
    for _ in range(5):
        with cond:
            state["count"] += 1
            cond.notify_all()

t = threading.Thread(target=incrementer)
with cond:
    t.start()
    ok = cond.wait_for(lambda: state["count"] >= 5, timeout=10)
print(ok, state["count"])  # expect: True 5
t.join()
with cond:
    print(cond.wait_for(lambda: state["count"] > 100, timeout=0.05))  # expect: False
    print(cond.wait(timeout=0.01))  # expect: False
