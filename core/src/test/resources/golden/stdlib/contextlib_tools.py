from contextlib import contextmanager, suppress, ExitStack, closing, nullcontext, redirect_stdout, redirect_stderr, ContextDecorator, AbstractContextManager
import sys

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("b") as t:
    print("inside", t)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))

with swallow():
    raise KeyError("k")
print("after swallow")

try:
    with tag("x"):
        raise ValueError("passes through")
except ValueError as e:
    print("caught", e)

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@tag("deco")
def decorated():
    print("body")
decorated()

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
try:
    with suppress(KeyError):
        raise IndexError("not suppressed")
except IndexError as e:
    print("IndexError:", e)

class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        print("closed", self.name)
with closing(Resource("r1")) as r:
    print("using", r.name)

with nullcontext(5) as v:
    print("nullcontext", v)

class Buffer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
buf = Buffer()
with redirect_stdout(buf):
    print("captured line")
    print("second", 2)
print(repr("".join(buf.parts)))
err = Buffer()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr("".join(err.parts)))

with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    res = [stack.enter_context(tag(f"t{i}")) for i in range(2)]
    print("entered", res)

with ExitStack() as stack:
    stack.push(lambda *exc: print("push saw", exc[0].__name__) or True)
    raise ValueError("swallowed by push")
print("after push")

try:
    with ExitStack() as stack:
        stack.callback(print, "cleanup runs")
        raise KeyError("from body")
except KeyError as e:
    print("KeyError:", e)

def failing_cb():
    raise RuntimeError("cb failed")
try:
    with ExitStack() as stack:
        stack.callback(failing_cb)
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "context:", repr(e.__context__))

stack = ExitStack()
stack.callback(print, "moved")
moved = stack.pop_all()
stack.close()
print("closing moved")
moved.close()

try:
    with ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e:
    print("TypeError:", e)

class mycontext(ContextDecorator):
    def __enter__(self):
        print("Starting")
        return self
    def __exit__(self, *exc):
        print("Finishing")
        return False
@mycontext()
def function():
    print("The bit in the middle")
function()

# CPython 3.11's output:
# expect: <b>
# expect: inside B
# expect: </b>
# expect: swallowed KeyError('k')
# expect: after swallow
# expect: <x>
# expect: </x>
# expect: caught passes through
# expect: RuntimeError: generator didn't yield
# expect: RuntimeError: generator didn't stop
# expect: <deco>
# expect: body
# expect: </deco>
# expect: suppressed
# expect: IndexError: not suppressed
# expect: using r1
# expect: closed r1
# expect: nullcontext 5
# expect: 'captured line\nsecond 2\n'
# expect: 'to stderr\n'
# expect: <t0>
# expect: <t1>
# expect: entered ['T0', 'T1']
# expect: </t1>
# expect: </t0>
# expect: callback 2
# expect: callback 1
# expect: callback 0
# expect: push saw ValueError
# expect: after push
# expect: cleanup runs
# expect: KeyError: 'from body'
# expect: RuntimeError: cb failed context: ValueError('original')
# expect: closing moved
# expect: moved
# expect: TypeError: 'builtins.object' object does not support the context manager protocol
# expect: Starting
# expect: The bit in the middle
# expect: Finishing
