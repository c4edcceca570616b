# Threads share objects heavily: each appends shared lists to one list, pops them back, and
# builds and drops temporary references to them. Every reference taken is given back, so at the
# end each shared list must still hold its value and be referenced only by `shared` (plus the
# loop variable and the argument of getrefcount). Under a global lock, or atomic or biased
# counts, that always holds; with non-atomic counts and no global lock, lost increments free
# objects still in use.
import sys
import threading

shared = [[i] for i in range(100)]
box = []


def worker(k):
    for r in range(3000):
        x = shared[(r * 7 + k) % 100]
        box.append(x)
        y = box.pop()
        tmp = [y, x, y]
        pair = (x, tmp)
        del tmp, pair


threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(all(shared[i] == [i] for i in range(100)), len(box))  # expect: True 0
print(sum(sys.getrefcount(s) for s in shared))  # expect: 300
