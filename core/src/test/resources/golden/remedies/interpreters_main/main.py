# Functions and classes of the main script that use its globals are sent by reference: the other
# interpreter runs a copy of the script under the name '<fake __main__>' (so the `if __name__ ==
# "__main__":` block does not run there) and takes them from it, as CPython 3.14 does. Its globals
# live on between calls and are not the interpreter's __main__. CPython 3.11 has no
# concurrent.interpreters: the expected lines follow the 3.14 documentation's examples.
from concurrent import interpreters
from concurrent.futures import InterpreterPoolExecutor
from helpers import whose

total = 0
print("script runs as", __name__)


def inc():
    global total
    total += 1


def show_total():
    print(__name__, total)


class Counter:
    def __init__(self, value):
        self.value = value

    def inc(self):
        self.value += 1

    def show(self):
        print("counter", self.value)


def scaled(x):
    return x * SCALE


SCALE = 3


def make_adder(n):
    def add(x):
        return x + n
    return add

if __name__ == "__main__":
    interp = interpreters.create()
    interp.call(show_total)
    interp.call(inc)
    interp.call(show_total)
    interp.call(inc)
    interp.call(show_total)
    interp.exec("print('total' in globals())")
    print("main's total:", total)
    counter = Counter(17)
    interp.call(counter.show)
    interp.call(counter.inc)
    counter.show()
    print(interp.call(whose))
    try:
        interp.call(Counter, 10)
    except interpreters.NotShareableError as e:
        print("NotShareableError:", e)
    print(interp.call(lambda x: x + 1, 41))
    try:
        interp.call(make_adder(1), 2)
    except interpreters.NotShareableError as e:
        print("NotShareableError:", e, "|", e.__cause__ is not None)
    interp.close()
    with InterpreterPoolExecutor(1) as pool:
        print(list(pool.map(scaled, [1, 2, 3])))

# expect: script runs as __main__
# expect: script runs as <fake __main__>
# expect: <fake __main__> 0
# expect: <fake __main__> 1
# expect: <fake __main__> 2
# expect: False
# expect: main's total: 0
# expect: counter 17
# expect: counter 17
# expect: helpers
# expect: NotShareableError: return value not shareable
# expect: 42
# expect: NotShareableError: func not shareable | True
# expect: script runs as <fake __main__>
# expect: [3, 6, 9]
