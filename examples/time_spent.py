# A CPU-bound job split over 8 threads: the same result, and under a GIL no faster than doing it
# in one thread.
import sys
import threading
import time

# How many users: the first argument, else 20,000.
USERS = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
SESSIONS = 100


def make_users():
    users = []
    for u in range(USERS):
        sessions = [((u * 7 + s * 13) % 97, (u * 7 + s * 13) % 97 + (s % 5) + 1) for s in range(SESSIONS)]
        users.append((f"user{u}", sessions))
    return users


def get_time_spent(users):
    spent = {}
    for name, sessions in users:
        total = 0
        for start, end in sessions:
            total += end - start
        spent[name] = total
    return spent


def threaded(users, n_threads=8):
    results = [None] * n_threads
    chunk = (len(users) + n_threads - 1) // n_threads

    def work(i):
        results[i] = get_time_spent(users[i * chunk:(i + 1) * chunk])

    threads = [threading.Thread(target=work, args=(i,)) for i in range(n_threads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    merged = {}
    for r in results:
        merged.update(r)
    return merged


users = make_users()
t0 = time.perf_counter()
one = get_time_spent(users)
t1 = time.perf_counter()
eight = threaded(users)
t2 = time.perf_counter()
# The golden test (GoldenTest) runs it smaller: it checks what is printed, not the speed.
# args: 2000
print(one == eight, len(one), sum(one.values()))  # expect: True 2000 600000
print(f"sequential: {t1 - t0:.3f} s   8 threads: {t2 - t1:.3f} s")  # expect re: sequential: \d+\.\d{3} s   8 threads: \d+\.\d{3} s
