# A frame object that outlives its call keeps the frame's variables, as CPython's does.
import sys


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


def f():
    a = 1
    b = [2]
    t = Tracked("t")
    return sys._getframe()


fr = f()
print(sorted((k, v) for k, v in fr.f_locals.items() if k != "t"), fr.f_locals["t"].name)
print(fr.f_code.co_name, fr.f_lineno)
del fr
print("after del")


def g():
    t = Tracked("g")
    return 5


g()
print("no frame object kept: freed at the return")


def same():
    return sys._getframe() is sys._getframe()


print(same())


def gen():
    x = 10
    yield sys._getframe().f_locals["x"]
    x += 1
    yield x


it = gen()
print(next(it), it.gi_frame.f_locals, it.gi_frame.f_code.co_name)
print(next(it), it.gi_frame.f_locals)
print(list(it), it.gi_frame)


def closure():
    cell = "c"

    def inner():
        return cell
    return sys._getframe(), inner


fr2, inner = closure()
print(sorted(fr2.f_locals), fr2.f_locals["cell"], inner())
# expect: [('a', 1), ('b', [2])] t
# expect: f 17
# expect: freed t
# expect: after del
# expect: freed g
# expect: no frame object kept: freed at the return
# expect: True
# expect: 10 {'x': 10} gen
# expect: 11 {'x': 11}
# expect: [] None
# expect: ['cell', 'inner'] c c
