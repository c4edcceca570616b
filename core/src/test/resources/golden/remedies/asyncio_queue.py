# asyncio: Queue producer/consumer with join/task_done, bounded queues, Event, Lock, Semaphore.
import asyncio

async def producer(q, name, n):
    for i in range(n):
        await q.put(f"{name}{i}")
        await asyncio.sleep(0)

async def consumer(q, name, out):
    while True:
        item = await q.get()
        out.append((name, item))
        await asyncio.sleep(0)
        q.task_done()

async def queues():
    q = asyncio.Queue()
    out = []
    consumers = [asyncio.create_task(consumer(q, c, out)) for c in "AB"]
    await asyncio.gather(producer(q, "p", 4), producer(q, "r", 3))
    await q.join()
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    print(sorted(item for _, item in out), len(out), q.empty(), q.qsize())
    print(sorted({name for name, _ in out}))

    b = asyncio.Queue(maxsize=2)
    log = []
    async def fill():
        for i in range(5):
            await b.put(i)
            log.append(f"put {i}")
    t = asyncio.create_task(fill())
    await asyncio.sleep(0.01)
    print(log, b.full(), b.qsize(), b.maxsize)
    got = []
    while len(got) < 5:
        got.append(await b.get())
    await t
    print(got, log)
    try:
        b.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    b.put_nowait(1)
    b.put_nowait(2)
    try:
        b.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull")
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait_for(asyncio.Queue().get(), 0.01)
    except asyncio.TimeoutError:
        print("get timed out")

async def sync():
    ev = asyncio.Event()
    order = []
    async def waiter(n):
        await ev.wait()
        order.append(n)
    ws = [asyncio.create_task(waiter(n)) for n in range(3)]
    await asyncio.sleep(0.01)
    print(order, ev.is_set())
    ev.set()
    await asyncio.gather(*ws)
    print(order, ev.is_set(), await ev.wait())
    ev.clear()
    print(ev.is_set())

    lock = asyncio.Lock()
    trace = []
    async def critical(n):
        async with lock:
            trace.append(f"in{n}")
            await asyncio.sleep(0.001)
            trace.append(f"out{n}")
    await asyncio.gather(*(critical(n) for n in range(3)))
    print(trace, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    sem = asyncio.Semaphore(2)
    active = [0, 0]
    async def limited():
        async with sem:
            active[0] += 1
            active[1] = max(active[1], active[0])
            await asyncio.sleep(0.005)
            active[0] -= 1
    await asyncio.gather(*(limited() for _ in range(6)))
    print("max concurrent:", active[1], sem.locked())
    bs = asyncio.BoundedSemaphore(1)
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(queues())
asyncio.run(sync())

# Output of CPython 3.11:
# expect: ['p0', 'p1', 'p2', 'p3', 'r0', 'r1', 'r2'] 7 True 0
# expect: ['A', 'B']
# expect: ['put 0', 'put 1'] True 2 2
# expect: [0, 1, 2, 3, 4] ['put 0', 'put 1', 'put 2', 'put 3', 'put 4']
# expect: QueueEmpty
# expect: QueueFull
# expect: ValueError: task_done() called too many times
# expect: get timed out
# expect: [] False
# expect: [0, 1, 2] True True
# expect: False
# expect: ['in0', 'out0', 'in1', 'out1', 'in2', 'out2'] False
# expect: RuntimeError: Lock is not acquired.
# expect: max concurrent: 2 False
# expect: ValueError: BoundedSemaphore released too many times
