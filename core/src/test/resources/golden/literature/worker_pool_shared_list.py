# A thread-pool-like loop: workers take tasks from a shared list under a Lock.
import threading

tasks = list(range(1, 31))
results = []
lock = threading.Lock()
per_worker = {}

def worker():
    name = threading.current_thread().name
    done = 0
    while True:
        with lock:
            if not tasks:
                break
            n = tasks.pop()
        value = n * n
        with lock:
            results.append((n, value))
        done += 1
    with lock:
        per_worker[name] = done

pool = [threading.Thread(target=worker, name=f"worker-{i}") for i in range(4)]
for t in pool:
    t.start()
for t in pool:
    t.join()
print(len(results), sum(v for _, v in results))  # expect: 30 9455
print(sorted(n for n, _ in results) == list(range(1, 31)))  # expect: True
print(sorted(per_worker), sum(per_worker.values()))  # expect: ['worker-0', 'worker-1', 'worker-2', 'worker-3'] 30
