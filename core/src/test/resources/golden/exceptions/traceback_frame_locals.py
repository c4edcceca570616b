# A traceback's frames keep the locals they had when the exception left them (tb_frame.f_locals),
# as CPython's frame objects do, also for generators and nested functions.
import sys


def inner(a):
    b = a * 2
    c = [b]
    raise ValueError(b)


def outer():
    x = 5
    inner(x)


try:
    outer()
except ValueError:
    tb = sys.exc_info()[2]
    print(tb.tb_next.tb_frame.f_locals)
    print(tb.tb_next.tb_next.tb_frame.f_locals)
    print(tb.tb_next.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_next.tb_lineno)


def gen():
    y = 1
    yield y
    z = 2
    raise KeyError(z)


try:
    for _ in gen():
        pass
except KeyError as e:
    t = e.__traceback__
    while t.tb_next:
        t = t.tb_next
    print(t.tb_frame.f_locals)


def closure():
    v = 10

    def nested():
        w = v + 1
        1 / 0
    nested()


try:
    closure()
except ZeroDivisionError as e:
    t = e.__traceback__.tb_next
    print(sorted(t.tb_frame.f_locals), t.tb_next.tb_frame.f_locals)


def lookup(d, k):
    found = d[k]
    return found


for k in ("a", "b"):
    try:
        lookup({"a": 1}, k)
        print(k, "found")
    except KeyError:
        print(k, sys.exc_info()[2].tb_next.tb_frame.f_locals)

# Output of CPython 3.11:
# expect: {'x': 5}
# expect: {'a': 5, 'b': 10, 'c': [10]}
# expect: inner 9
# expect: {'y': 1, 'z': 2}
# expect: ['nested', 'v'] {'w': 11, 'v': 10}
# expect: a found
# expect: b {'d': {'a': 1}, 'k': 'b'}
