# concurrent.interpreters (PEP 734, CPython 3.14): separate interpreters in one process share
# nothing. CPython 3.11 has no such module: the expected lines follow CPython 3.14's documented
# behaviour, checked where it can be against 3.13's test.support.interpreters (its forerunner).
from concurrent import interpreters

a = interpreters.create()
b = interpreters.create()
print(a, b, a.id < b.id)
print(interpreters.get_main(), interpreters.get_current())
print(len(interpreters.list_all()))

# Isolation: a global set in one interpreter is seen neither in another nor in the main one.
shared = "main's"
a.exec("shared = 'a'")
a.exec("print('in a:', shared)")
b.exec("print('in b:', 'shared' in globals())")
print("in main:", shared)

# Modules are per interpreter: a change to one's sys is not seen by another's.
a.exec("import sys; sys.marker = 1")
b.exec("import sys; print('b sees the marker:', hasattr(sys, 'marker'))")
a.exec("import sys; print('a sees the marker:', hasattr(sys, 'marker'))")

# Each interpreter runs its code in its own __main__.
a.exec("print(__name__)")

# An exception the code does not handle comes back as ExecutionFailed, which describes it.
try:
    a.exec("1 / 0")
except interpreters.ExecutionFailed as e:
    info = e.excinfo
    print(type(e).__name__, "|", e.args[0])
    print(info.type.__name__, info.type.__module__, "|", info.msg, "|", info.formatted)
    print(str(e))
    print(isinstance(e, interpreters.InterpreterError))

# The interpreter goes on after the failure.
a.exec("print('a is still there:', shared)")

# Values bound with prepare_main are copies.
data = {"k": [1, 2]}
a.prepare_main(data=data, n=3)
a.exec("data['k'].append(n); print(data)")
print(data)


# Calls: a function that uses no globals travels as its code; arguments and results are copied.
def add(x, y, *rest, **options):
    return (x + y + sum(rest)) * options.get("scale", 1)


def fails(n):
    raise ValueError(f"bad value {n}")


print(a.call(add, 1, 2))
print(b.call(add, 1, 2, 3, 4, scale=10))
lst = [1, 2]


def extend(items):
    items.append(3)
    return items


print(a.call(extend, lst), lst)
try:
    b.call(fails, 7)
except interpreters.ExecutionFailed as e:
    print(e.excinfo.type.__name__, e.excinfo.msg)

t = a.call_in_thread(add, 5, 6)
t.join()
print("thread done:", t.is_alive())

print(a.is_running(), interpreters.get_main().is_running())
a.close()
print(interpreters.list_all() == [interpreters.get_main(), b])
try:
    a.exec("pass")
except interpreters.InterpreterNotFoundError as e:
    print(type(e).__name__, e)
b.close()

# expect re: Interpreter\(\d+\) Interpreter\(\d+\) True
# expect: Interpreter(0) Interpreter(0)
# expect: 3
# expect: in a: a
# expect: in b: False
# expect: in main: main's
# expect: b sees the marker: False
# expect: a sees the marker: True
# expect: __main__
# expect: ExecutionFailed | ZeroDivisionError: division by zero
# expect: ZeroDivisionError builtins | division by zero | ZeroDivisionError: division by zero
# expect: ZeroDivisionError: division by zero
# expect:
# expect: Uncaught in the interpreter:
# expect:
# expect: Traceback (most recent call last):
# expect:   File "<string>", line 1, in <module>
# expect: ZeroDivisionError: division by zero
# expect: True
# expect: a is still there: a
# expect: {'k': [1, 2, 3]}
# expect: {'k': [1, 2]}
# expect: 3
# expect: 100
# expect: [1, 2, 3] [1, 2]
# expect: ValueError bad value 7
# expect: thread done: False
# expect: False True
# expect: True
# expect re: InterpreterNotFoundError unrecognized interpreter ID \d+
