import asyncio


async def fetch(name, delay_steps, results):
    for step in range(delay_steps):
        await asyncio.sleep(0)
    results.append(name)
    return f"{name}:{delay_steps}"


async def producer(queue, n):
    for i in range(n):
        await queue.put(i)
        await asyncio.sleep(0)
    await queue.put(None)


async def consumer(queue, seen):
    while True:
        item = await queue.get()
        if item is None:
            break
        seen.append(item * 10)


async def failing(n):
    await asyncio.sleep(0)
    if n % 2:
        raise ValueError(f"odd {n}")
    return n


async def slow():
    await asyncio.sleep(10)
    return "never"


async def main():
    order = []
    res = await asyncio.gather(fetch("a", 3, order), fetch("b", 1, order), fetch("c", 2, order))
    print("gather results:", res)
    print("completion order:", order)

    q = asyncio.Queue()
    seen = []
    await asyncio.gather(producer(q, 5), consumer(q, seen))
    print("consumed:", seen)

    outcomes = await asyncio.gather(*(failing(i) for i in range(5)), return_exceptions=True)
    print("with exceptions:", [repr(o) if isinstance(o, Exception) else o for o in outcomes])

    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out as expected")

    task = asyncio.create_task(slow())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("task cancelled:", task.cancelled())

    lock = asyncio.Lock()
    counter = 0

    async def bump(n):
        nonlocal counter
        for _ in range(n):
            async with lock:
                tmp = counter
                await asyncio.sleep(0)
                counter = tmp + 1

    await asyncio.gather(*(bump(10) for _ in range(5)))
    print("counter:", counter)

    async def agen(n):
        for i in range(n):
            await asyncio.sleep(0)
            yield i * i

    print("async gen:", [x async for x in agen(6)])
    sem = asyncio.Semaphore(2)
    running, peak = 0, 0

    async def limited(i):
        nonlocal running, peak
        async with sem:
            running += 1
            peak = max(peak, running)
            await asyncio.sleep(0)
            running -= 1
            return i

    print("limited:", await asyncio.gather(*(limited(i) for i in range(6))), "peak", peak)
    return "done"


print(asyncio.run(main()))
