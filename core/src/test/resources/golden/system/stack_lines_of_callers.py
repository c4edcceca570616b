"""The stack seen from inside a call shows each caller at the line of its call, also when the
caller ran other lines since it was entered (a loop, an earlier call, a dunder called by an
operator)."""
import traceback


def where():
    return [(fs.name, fs.lineno) for fs in traceback.extract_stack()[:-1]]


def caller():
    a = 1
    b = a + 1
    first = where()
    for _ in range(2):
        b += 1
    second = where()
    return first, second


print(caller())


class Probe:
    def __add__(self, other):
        return where()


def via_operator():
    x = Probe()
    y = 0
    return x + y


print(via_operator())


def handler():
    try:
        raise KeyError("k")
    except KeyError:
        pass
    z = 3
    return traceback.format_stack()[-1].splitlines()[0].split(", ", 1)[1]


print(handler())
# Output of CPython 3.11:
# expect: ([('<module>', 21), ('caller', 14)], [('<module>', 21), ('caller', 17)])
# expect: [('<module>', 35), ('via_operator', 32), ('__add__', 26)]
# expect: line 44, in handler
