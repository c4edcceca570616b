# Two CPU-bound threads against the same work done one after the other (issue 17's case):
#   ./gilvm run bench/two_threads.py [N] [ORDER]     (N = 3000000 countdown steps per call)
# ORDER is a string of s (both calls in a row) and t (both in threads), run in that order; each
# prints its elapsed time and the CPU time of the threads that counted (time.thread_time()), which
# leaves out the JVM's compiler threads and stays meaningful on a loaded machine.
import sys
import threading
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 3_000_000
cpu = []


def spin(n):
    c0 = time.thread_time()
    while n > 0:
        n -= 1
    cpu.append(time.thread_time() - c0)


def sequential():
    spin(N)
    spin(N)


def threaded():
    a = threading.Thread(target=spin, args=(N,))
    b = threading.Thread(target=spin, args=(N,))
    a.start()
    b.start()
    a.join()
    b.join()


for k in sys.argv[2] if len(sys.argv) > 2 else "st":
    cpu.clear()
    w0 = time.perf_counter()
    (sequential if k == "s" else threaded)()
    print("%s elapsed %.3f s, counting threads' CPU %.3f s" % (k, time.perf_counter() - w0, sum(cpu)))
