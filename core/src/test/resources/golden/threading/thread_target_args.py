import threading

results = {}

def worker(key, value):
    results[key] = value * value

threads = [threading.Thread(target=worker, args=(i, i + 1)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))  # expect: [(0, 1), (1, 4), (2, 9), (3, 16)]
