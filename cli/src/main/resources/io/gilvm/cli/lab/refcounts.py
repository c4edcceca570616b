# gilvm lab: what the GIL protects. Four threads share 100 lists heavily (append and pop them on
# one list, make and drop temporary references), then check that every list kept its value.
# Run with --check-memory and --leaks: a lost increment frees a list still in use (a fatal
# error), a lost decrement leaks it (the leak report).
# Usage: refcounts.py ITERATIONS. Prints "@lab intact 1|0" and "@lab box_left K".
import sys
import threading

shared = [[i] for i in range(100)]
box = []


def worker(k, iterations):
    for r in range(iterations):
        x = shared[(r * 7 + k) % 100]
        box.append(x)
        y = box.pop()
        tmp = [y, x, y]
        pair = (x, tmp)
        del tmp, pair


def main(iterations):
    threads = [threading.Thread(target=worker, args=(k, iterations)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    intact = all(shared[i] == [i] for i in range(100))
    print(f"@lab intact {1 if intact else 0}")
    print(f"@lab box_left {len(box)}")


main(int(sys.argv[1]))
