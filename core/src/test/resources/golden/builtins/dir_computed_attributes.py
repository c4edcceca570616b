# dir() lists the attributes builtin objects compute (a function's __code__, an exception's args,
# a slice's start), as CPython's does.
def f(a=1):
    return a


class Err(Exception):
    pass


def gen():
    yield 1


names = {
    "function": (f, ["__annotations__", "__closure__", "__code__", "__defaults__", "__dict__",
                     "__globals__", "__kwdefaults__", "__module__", "__name__", "__qualname__"]),
    "exception": (Err("x"), ["__cause__", "__context__", "__dict__", "__suppress_context__",
                             "__traceback__", "args", "__weakref__", "__module__"]),
    "method": (Err("x").with_traceback, []),
    "bound": ([].append, ["__name__", "__qualname__"]),
    "generator": (gen(), ["__name__", "__qualname__", "gi_code", "gi_frame", "gi_running"]),
    "property": (property(), ["fget", "fset", "fdel", "getter", "setter", "deleter"]),
    "staticmethod": (staticmethod(f), ["__func__", "__dict__"]),
    "slice": (slice(1, 2), ["start", "stop", "step"]),
    "type": (type, ["__name__", "__qualname__", "__bases__", "__mro__", "__dict__", "mro"]),
}
for kind, (obj, wanted) in names.items():
    listed = dir(obj)
    print(kind, [n for n in wanted if n not in listed], all(hasattr(obj, n) for n in wanted),
          listed == sorted(listed))

# Output of CPython 3.11:
# expect: function [] True True
# expect: exception [] True True
# expect: method [] True True
# expect: bound [] True True
# expect: generator [] True True
# expect: property [] True True
# expect: staticmethod [] True True
# expect: slice [] True True
# expect: type [] True True
