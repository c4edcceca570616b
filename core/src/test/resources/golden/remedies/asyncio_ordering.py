# asyncio: task ordering, sleep, create_task, gather results, current_task, to_thread.
import asyncio
import time

log = []

async def worker(name, delay, n):
    for i in range(n):
        await asyncio.sleep(delay)
        log.append(f"{name}{i}")
    return name * n

async def zero(name):
    for i in range(3):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)

async def main():
    print(asyncio.current_task().get_name())
    t1 = asyncio.create_task(zero("a"))
    t2 = asyncio.create_task(zero("b"))
    print(t1.done(), isinstance(t1, asyncio.Task), isinstance(t1, asyncio.Future))
    await t1
    await t2
    print(log)
    log.clear()
    res = await asyncio.gather(worker("z", 0.001, 1), worker("y", 0.05, 2), worker("x", 0.08, 2))
    print(res)
    print(log)
    print(await asyncio.gather())
    t = asyncio.create_task(worker("w", 0, 1), name="named")
    print(t.get_name())
    print(await t, t.done(), t.result(), t.exception())
    calls = []
    t3 = asyncio.create_task(zero("c"))
    t3.add_done_callback(lambda f: calls.append(("cb", f.result())))
    await t3
    await asyncio.sleep(0)
    print(calls)
    loop = asyncio.get_running_loop()
    print(loop is asyncio.get_event_loop(), loop.is_running())
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "later")
    print(await fut)
    print(await asyncio.to_thread(sum, [1, 2, 3]))
    print(await asyncio.to_thread(lambda: time.sleep(0.01) or "slept in a thread"))
    print(await asyncio.sleep(0.001, result="r"))
    c = zero("q")
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(zero))
    await c
    return "main done"

print(asyncio.run(main()))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)

# Output of CPython 3.11:
# expect: Task-1
# expect: False True True
# expect: ['a0', 'b0', 'a1', 'b1', 'a2', 'b2']
# expect: ['z', 'yy', 'xx']
# expect: ['z0', 'y0', 'x0', 'y1', 'x1']
# expect: []
# expect: named
# expect: w True w None
# expect: [('cb', None)]
# expect: True True
# expect: later
# expect: 6
# expect: slept in a thread
# expect: r
# expect: True False
# expect: main done
# expect: RuntimeError: no running event loop
# expect: ValueError: a coroutine was expected, got 42
