import threading

print(threading.active_count())  # expect: 1
stop = threading.Event()

def parked():
    stop.wait()

ts = [threading.Thread(target=parked) for _ in range(3)]
for t in ts:
    t.start()
print(threading.active_count())  # expect: 4
stop.set()
for t in ts:
    t.join()
print(threading.active_count())  # expect: 1
