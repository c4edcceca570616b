# Beazley's GIL benchmark: a CPU-bound countdown split across two threads.
import threading
import time

COUNT = 200000

def countdown(n, results, idx):
    while n > 0:
        n -= 1
    results[idx] = n

results = [None, None]
start = time.perf_counter()
t1 = threading.Thread(target=countdown, args=(COUNT // 2, results, 0))
t2 = threading.Thread(target=countdown, args=(COUNT // 2, results, 1))
t1.start()
t2.start()
t1.join()
t2.join()
elapsed = time.perf_counter() - start
print("final counters:", results)  # expect: final counters: [0, 0]
print(f"elapsed {elapsed:.3f}s")  # expect re: elapsed \d+\.\d{3}s
