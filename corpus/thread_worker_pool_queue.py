import queue
import threading


def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


def worker(wid, tasks, results, counts, lock):
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            break
        lo, hi = item
        found = [n for n in range(lo, hi) if is_prime(n)]
        results.put((lo, hi, found))
        with lock:
            counts[wid] = counts.get(wid, 0) + 1
        tasks.task_done()


def main():
    tasks = queue.Queue()
    results = queue.Queue()
    counts = {}
    lock = threading.Lock()
    n_workers = 4
    threads = [threading.Thread(target=worker, args=(i, tasks, results, counts, lock), name=f"w{i}") for i in range(n_workers)]
    for t in threads:
        t.start()
    for lo in range(0, 2000, 100):
        tasks.put((lo, lo + 100))
    for _ in threads:
        tasks.put(None)
    tasks.join()
    for t in threads:
        t.join()
    collected = []
    while not results.empty():
        collected.append(results.get())
    collected.sort()
    total = 0
    for lo, hi, found in collected:
        total += len(found)
        print(f"[{lo:4d},{hi:4d}) {len(found):2d} primes, largest {max(found) if found else '-'}")
    print("total primes:", total)
    print("chunks processed:", sum(counts.values()))
    print("all workers finished:", all(not t.is_alive() for t in threads))
    print("thread names:", sorted(t.name for t in threads))


if __name__ == "__main__":
    main()
