# gilvm lab: the convoy effect (bpo-7946). An I/O thread makes CALLS short blocking calls, each
# waiting WAIT seconds as a quick network round trip does (select.select with a timeout), first
# alone, then beside a CPU-bound thread. Each call gives the interpreter lock up; when it comes
# back the CPU-bound thread holds it, and under CPython 3's GIL the I/O thread then waits for a
# switch interval before it may ask for the lock.
# Usage: convoy.py CALLS WAIT ROUNDS. Prints "@lab alone SECONDS" and "@lab beside SECONDS" per
# round (the time of all CALLS calls).
import select
import sys
import threading
import time


def io(calls, wait, times):
    start = time.perf_counter()
    for _ in range(calls):
        select.select([], [], [], wait)
    times.append(time.perf_counter() - start)


def spin(stop):
    n = 0
    while not stop:
        n += 1


def io_time(calls, wait, beside_cpu):
    stop = []
    cpu = threading.Thread(target=spin, args=(stop,))
    if beside_cpu:
        cpu.start()
        time.sleep(0.02)  # let it get going
    times = []
    t = threading.Thread(target=io, args=(calls, wait, times))
    t.start()
    t.join()
    if beside_cpu:
        stop.append(True)
        cpu.join()
    return times[0]


def main(calls, wait, rounds):
    io_time(calls, wait, False)  # warm-up
    for _ in range(rounds):
        print(f"@lab alone {io_time(calls, wait, False):.6f}")
        print(f"@lab beside {io_time(calls, wait, True):.6f}")


main(int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]))
