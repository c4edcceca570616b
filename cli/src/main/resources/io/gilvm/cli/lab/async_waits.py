# gilvm lab: asyncio vs threads for many waits. N waits of T seconds at once: as N coroutines
# awaiting asyncio.sleep(T) on one thread, and as N threads each in time.sleep(T).
# Usage: async_waits.py N T ROUNDS. Prints "@lab asyncio SECONDS" and "@lab threads SECONDS" per round.
import asyncio
import sys
import threading
import time


async def waits(n, t):
    await asyncio.gather(*(asyncio.sleep(t) for _ in range(n)))


def with_asyncio(n, t):
    start = time.perf_counter()
    asyncio.run(waits(n, t))
    return time.perf_counter() - start


def with_threads(n, t):
    start = time.perf_counter()
    ts = [threading.Thread(target=time.sleep, args=(t,)) for _ in range(n)]
    for th in ts:
        th.start()
    for th in ts:
        th.join()
    return time.perf_counter() - start


def main(n, t, rounds):
    with_asyncio(n, t / 10)
    with_threads(n, t / 10)
    for _ in range(rounds):
        print(f"@lab asyncio {with_asyncio(n, t):.6f}")
        print(f"@lab threads {with_threads(n, t):.6f}")


main(int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]))
