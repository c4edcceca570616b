# Runners wait at the start line until the main thread fires the start Event.
import threading
import time

start_gun = threading.Event()
lock = threading.Lock()
arrived = []
finished = []

def runner(name, laps):
    with lock:
        arrived.append(name)
    start_gun.wait()
    total = 0
    for lap in range(laps):
        total += lap
    with lock:
        finished.append((name, total))

runners = [threading.Thread(target=runner, args=(f"r{i}", 100 * (i + 1))) for i in range(3)]
for r in runners:
    r.start()
while True:
    with lock:
        if len(arrived) == 3:
            break
    time.sleep(0.001)
print("all runners at the line, finished so far:", len(finished))  # expect: all runners at the line, finished so far: 0
start_gun.set()
for r in runners:
    r.join()
print(sorted(finished))  # expect: [('r0', 4950), ('r1', 19900), ('r2', 44850)]
