# throw() and close() reach the sub-generator or awaitable a yield from / await is suspended in.
def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield "recovered"
    return "inner done"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield "after"

g = outer()
print(next(g))
print(g.throw(ValueError("x")))
print(next(g))

def closing():
    try:
        yield 1
    finally:
        print("inner finally")
def outer2():
    try:
        yield from closing()
    finally:
        print("outer finally")
g = outer2(); next(g); g.close()

def noisy():
    yield 1
def outer3():
    try:
        yield from noisy()
    except KeyError:
        yield "outer caught"
g = outer3(); next(g); print(g.throw(KeyError("k")))

class Sleep:
    def __await__(self):
        try:
            yield "sleeping"
        except RuntimeError as e:
            print("awaitable saw", e)
            return "woken"
async def task():
    r = await Sleep()
    print("task got", r)
    return "finished"
c = task()
print(c.send(None))
try:
    c.throw(RuntimeError("cancel"))
except StopIteration as e:
    print("stop", e.value)
async def task2():
    try:
        await Sleep()
    except KeyError:
        return "handled in task"
c = task2(); c.send(None)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("stop", e.value)

# Output of CPython 3.11:
# expect: 1
# expect: inner caught x
# expect: recovered
# expect: outer got inner done
# expect: after
# expect: inner finally
# expect: outer finally
# expect: outer caught
# expect: sleeping
# expect: awaitable saw cancel
# expect: task got woken
# expect: stop finished
# expect: stop handled in task
