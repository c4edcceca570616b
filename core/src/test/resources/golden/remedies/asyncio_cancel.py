# asyncio: exceptions through tasks and gather, cancellation, wait_for timeouts.
import asyncio

async def boom(x, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(f"boom {x}")

async def ok(x, delay=0):
    await asyncio.sleep(delay)
    return x

async def sleeper(log, name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        log.append(f"{name} cancelled {e.args}")
        raise
    finally:
        log.append(f"{name} finally")

async def stubborn(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("caught, carrying on")
    await asyncio.sleep(0)
    return "survived"

async def main():
    try:
        await boom(1)
    except ValueError as e:
        print("direct:", e)
    t = asyncio.create_task(boom(2))
    try:
        await t
    except ValueError as e:
        print("task:", e, t.done(), type(t.exception()).__name__)
    try:
        await asyncio.gather(ok(1), boom(3, 0.01), ok(2, 0.02))
    except ValueError as e:
        print("gather:", e)
    res = await asyncio.gather(ok(1), boom(4), ok(3), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, Exception) else r for r in res], res[1])

    log = []
    t = asyncio.create_task(sleeper(log, "s1"))
    await asyncio.sleep(0.01)
    print(t.cancel(), t.cancel("again") if False else "", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting a cancelled task raises CancelledError")
    print(log, t.cancelled(), t.done(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result() raises", type(e).__name__)

    log = []
    t = asyncio.create_task(sleeper(log, "s2"))
    t.cancel("with a message")
    try:
        await t
    except asyncio.CancelledError as e:
        print("message:", e.args)
    print(log)

    log = []
    t = asyncio.create_task(stubborn(log))
    await asyncio.sleep(0.01)
    t.cancel()
    print(await t, log, t.cancelled())

    print(await asyncio.wait_for(ok("fast", 0.01), timeout=1))
    log = []
    try:
        await asyncio.wait_for(sleeper(log, "slow"), timeout=0.02)
    except asyncio.TimeoutError as e:
        print("wait_for timed out:", type(e).__name__, type(e.__cause__).__name__)
    print(log)
    print(asyncio.TimeoutError is TimeoutError, issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))
    try:
        await asyncio.wait_for(ok("x", 1), timeout=0)
    except TimeoutError:
        print("timeout=0 times out")
    print(await asyncio.wait_for(ok("none"), None))

    g = asyncio.gather(sleeper(log, "g1"), sleeper(log, "g2"))
    await asyncio.sleep(0)
    log.clear()
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled:", sorted(log))

    fut = asyncio.get_running_loop().create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    fut.set_exception(KeyError("k"))
    try:
        await fut
    except KeyError as e:
        print("future exception:", repr(e))

async def leftover():
    log = []
    asyncio.create_task(sleeper(log, "orphan"))
    await asyncio.sleep(0)
    return log

log = asyncio.run(leftover())
print("after run:", log)
asyncio.run(main())

async def fails():
    await asyncio.sleep(0)
    raise KeyError("from run")
try:
    asyncio.run(fails())
except KeyError as e:
    print("run re-raises:", repr(e))

# Output of CPython 3.11:
# expect: after run: ['orphan cancelled ()', 'orphan finally']
# expect: direct: boom 1
# expect: task: boom 2 True ValueError
# expect: gather: boom 3
# expect: [1, 'ValueError', 3] boom 4
# expect: True  False
# expect: awaiting a cancelled task raises CancelledError
# expect: ['s1 cancelled ()', 's1 finally'] True True False
# expect: result() raises CancelledError
# expect: message: ('with a message',)
# expect: []
# expect: survived ['caught, carrying on'] False
# expect: fast
# expect: wait_for timed out: TimeoutError CancelledError
# expect: ['slow cancelled ()', 'slow finally']
# expect: True True False
# expect: timeout=0 times out
# expect: none
# expect: gather cancelled: ['g1 cancelled ()', 'g1 finally', 'g2 cancelled ()', 'g2 finally']
# expect: InvalidStateError: Result is not set.
# expect: future exception: KeyError('k')
# expect: run re-raises: KeyError('from run')
