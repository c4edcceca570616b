import threading

seen = {}

def record():
    me = threading.current_thread()
    seen[me.name] = me is threading.main_thread()

ts = [threading.Thread(target=record, name=f"w{i}") for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen.items()))  # expect: [('w0', False), ('w1', False), ('w2', False)]
print(threading.current_thread() is threading.main_thread())  # expect: True
print(threading.main_thread().name)  # expect: MainThread
