# The literature's "native that releases the lock" remedy: hashlib computes a digest in native
# code and lets go of the interpreter lock while it works on an input of 2048 bytes or more, so
# four threads hashing large buffers run in parallel under any lock strategy, where four threads
# running a Python loop would take turns. Prints sequential and threaded times (which depend on
# the machine and its load) and checks that every thread computed the same digests.
import hashlib
import threading
import time

BUFFERS = 4
ROUNDS = 8
data = bytes(range(256)) * 16384  # 4 MiB


def work(out, k):
    h = hashlib.sha256()
    for _ in range(ROUNDS):
        h.update(data)
    out[k] = h.hexdigest()


start = time.perf_counter()
seq = [None] * BUFFERS
for k in range(BUFFERS):
    work(seq, k)
sequential = time.perf_counter() - start

start = time.perf_counter()
par = [None] * BUFFERS
threads = [threading.Thread(target=work, args=(par, k)) for k in range(BUFFERS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
threaded = time.perf_counter() - start

print(f"sequential: {sequential:.3f} s")
print(f"{BUFFERS} threads: {threaded:.3f} s (speedup {sequential / threaded:.2f}x)")
print("digests agree:", seq == par, seq[0][:16])

# expect re: sequential: \d+\.\d{3} s
# expect re: 4 threads: \d+\.\d{3} s \(speedup \d+\.\d\dx\)
# expect: digests agree: True e09320c5b00b34bb
