import time

t = time.time()
print(type(t).__name__, t > 1_600_000_000)  # expect: float True
p1 = time.perf_counter()
m1 = time.monotonic()
time.sleep(0.05)
p2 = time.perf_counter()
m2 = time.monotonic()
print(p2 - p1 >= 0.045, m2 >= m1)  # expect: True True
print(time.sleep(0))  # expect: None
elapsed = p2 - p1
print(f"slept {elapsed:.2f}s")  # expect re: slept \d+\.\d\ds
print(time.time() >= t)  # expect: True
