# async def, await, async for, async with, async generators and comprehensions, driven by send(None) with no event loop.
import sys
class Sleep:
    def __init__(self, n): self.n = n
    def __await__(self):
        got = yield ("sleep", self.n)
        return f"slept {self.n} got {got}"

async def child(x):
    r = await Sleep(x)
    return x * 2, r

async def parent():
    a = await child(1)
    b = await child(2)
    return a, b

def run(coro):
    value = None
    steps = []
    while True:
        try:
            req = coro.send(value)
        except StopIteration as e:
            return steps, e.value
        steps.append(req)
        value = len(steps)

print(run(parent()))
c = parent()
print(type(c).__name__, c.__name__, c.__qualname__, repr(c).startswith("<coroutine object parent at 0x"))
c.close()
try:
    iter(c1 := child(1))
except TypeError as e:
    print(e)
c1.close()

class Ticker:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Sleep(self.i)
        return self.i

async def gen(n):
    for i in range(n):
        await Sleep(i)
        yield i * 10
    print("gen done")

class Res:
    def __init__(self, name): self.name = name
    async def __aenter__(self):
        print("enter", self.name)
        await Sleep(0)
        return self
    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return et is KeyError

async def main():
    out = []
    async for t in Ticker(3):
        out.append(t)
    else:
        out.append("else")
    async for g in gen(3):
        out.append(g)
        if g == 10:
            break
    async with Res("a") as r, Res("b"):
        out.append(r.name)
    async with Res("c"):
        raise KeyError("suppressed")
    try:
        async with Res("d"):
            raise ValueError("passes")
    except ValueError as e:
        out.append(str(e))
    out.append([x async for x in gen(2)])
    out.append([await child(i) for i in range(2)])
    out.append({x: y async for x, y in pairs()})
    ag = (x * 2 async for x in gen(2))
    out.append(type(ag).__name__)
    out.append([v async for v in ag])
    return out

async def pairs():
    yield 1, "one"
    yield 2, "two"

print(run(main()))

async def agen_protocol():
    g = gen(2)
    print(await g.__anext__(), await g.asend(None))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("stop")
    g2 = gen(5)
    await g2.__anext__()
    await g2.aclose()
    try:
        await g2.__anext__()
    except StopAsyncIteration:
        print("closed")
    async def catcher():
        try:
            yield 1
        except ValueError as e:
            yield f"caught {e}"
    g3 = catcher()
    await g3.__anext__()
    print(await g3.athrow(ValueError("boom")))
    return "ok"

print(run(agen_protocol()))

async def fails():
    await Sleep(1)
    raise RuntimeError("inside")
try:
    run(fails())
except RuntimeError as e:
    print("caught", e)
async def nothing(): return 7
co = nothing()
print(run(co))
try:
    co.send(None)
except RuntimeError as e:
    print(e)
try:
    run(child("x") if False else (lambda: None)())
except AttributeError as e:
    print("AttributeError")
async def bad():
    await 5
try:
    run(bad())
except TypeError as e:
    print(e)
w = child(3).__await__()
print(type(w).__name__, next(w))

# Output of CPython 3.11:
# expect: ([('sleep', 1), ('sleep', 2)], ((2, 'slept 1 got 1'), (4, 'slept 2 got 2')))
# expect: coroutine parent parent True
# expect: 'coroutine' object is not iterable
# expect: enter a
# expect: enter b
# expect: exit b None
# expect: exit a None
# expect: enter c
# expect: exit c KeyError
# expect: enter d
# expect: exit d ValueError
# expect: gen done
# expect: gen done
# expect: ([('sleep', 1), ('sleep', 2), ('sleep', 3), ('sleep', 0), ('sleep', 1), ('sleep', 0), ('sleep', 0), ('sleep', 0), ('sleep', 0), ('sleep', 0), ('sleep', 1), ('sleep', 0), ('sleep', 1), ('sleep', 0), ('sleep', 1)], [1, 2, 3, 'else', 0, 10, 'a', 'passes', [0, 10], [(0, 'slept 0 got 12'), (2, 'slept 1 got 13')], {1: 'one', 2: 'two'}, 'async_generator', [0, 20]])
# expect: 0 10
# expect: gen done
# expect: stop
# expect: closed
# expect: caught boom
# expect: ([('sleep', 0), ('sleep', 1), ('sleep', 0)], 'ok')
# expect: caught inside
# expect: ([], 7)
# expect: cannot reuse already awaited coroutine
# expect: AttributeError
# expect: object int can't be used in 'await' expression
# expect: coroutine_wrapper ('sleep', 3)
