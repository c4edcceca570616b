# The literature's asyncio remedy for I/O-bound waiting: 1000 coroutines each sleep 0.1 s on one
# thread, switching only at their awaits, so the whole run takes about 0.1 s (plus the cost of
# making and stepping 1000 tasks) where 1000 sequential sleeps would take 100 s. While every
# task waits, the event loop waits for its next timer with the interpreter lock released.
import asyncio
import time

COUNT = 1000


async def napper(i):
    await asyncio.sleep(0.1)
    return i


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(*(napper(i) for i in range(COUNT)))
    elapsed = time.perf_counter() - start
    print(f"{COUNT} sleeps of 0.1 s gathered in {elapsed:.3f} s")
    print("results:", len(results), sum(results) == COUNT * (COUNT - 1) // 2)


asyncio.run(main())

# expect re: 1000 sleeps of 0\.1 s gathered in \d+\.\d{3} s
# expect: results: 1000 True
