# traceback.extract_tb, walk_tb, extract_stack, StackSummary, FrameSummary and format_list,
# with the PEP 657 markers StackSummary.format prints, as CPython 3.11.
import io
import sys
import traceback


def inner(d):
    return d["k"] + 1


def outer():
    return inner({"k": "s"})


def short(path):
    return path.split("/")[-1]


try:
    outer()
except TypeError as e:
    s = traceback.extract_tb(e.__traceback__)
    print(type(s).__name__, len(s), isinstance(s, list))
    for fs in s:
        print(type(fs).__name__, short(fs.filename), fs.lineno, fs.name, repr(fs.line))
        print("  ", fs.end_lineno, fs.colno, fs.end_colno)
    print("".join(traceback.format_list(s)).replace(__file__, "F"), end="")
    print("".join(s.format()) == "".join(traceback.format_tb(e.__traceback__)))
    for f, ln in traceback.walk_tb(e.__traceback__):
        print(f.f_code.co_name, ln, type(f).__name__, f.f_globals is globals())
    print(s[0][1:], tuple(s[-1])[1:], len(s[0]))
    print(repr(s[1]).replace(__file__, "F"))
    buf = io.StringIO()
    traceback.print_tb(e.__traceback__, limit=1, file=buf)
    print(buf.getvalue().replace(__file__, "F"), end="")
    print(len(traceback.extract_tb(e.__traceback__, limit=-1)))
    te = traceback.TracebackException.from_exception(e)
    print(type(te.stack).__name__, [f.name for f in te.stack])


def h():
    return traceback.extract_stack()


def hh():
    return h()


print([f.name for f in hh()])
st = traceback.extract_stack(limit=1)
print(len(st), st[0].name, st[0].colno)
print([f.name for f in traceback.extract_stack(sys._getframe(), limit=2)])
fs = traceback.FrameSummary("a.py", 3, "fn", line="x = 1")
print(fs, fs.line, fs == ("a.py", 3, "fn", "x = 1"), fs.locals)
fs2 = traceback.FrameSummary("a.py", 3, "fn", lookup_line=False, locals={"n": 1})
print(fs2.locals, fs2 == fs)
ss = traceback.StackSummary.from_list([("a.py", 3, "fn", "x = 1"), fs])
print(ss.format())
print(traceback.format_list([("b.py", 7, "g", "  y = 2  "), ("b.py", 8, "g", "")]))
rec = traceback.StackSummary.from_list([("r.py", 5, "rec", "return rec(n - 1)")] * 6
                                       + [("r.py", 2, "rec", "raise ValueError")])
print("".join(rec.format()), end="")


def walk():
    return [f.f_code.co_name for f, _ in traceback.walk_stack(None)]


def walker():
    return walk()


print(walker())
try:
    x = [1, 2, 3]
    y = (x[1] +
         x[10])
except IndexError as e:
    print("".join(traceback.format_tb(e.__traceback__)).replace(__file__, "F"), end="")
try:
    n = {"a": 1}
    value = n["a"] / (n["a"] - 1)
except ZeroDivisionError as e:
    print("".join(traceback.format_tb(e.__traceback__)).replace(__file__, "F"), end="")
# expect: StackSummary 3 True
# expect: FrameSummary traceback_extract_and_stack_summary.py 21 <module> 'outer()'
# expect:    21 4 11
# expect: FrameSummary traceback_extract_and_stack_summary.py 13 outer 'return inner({"k": "s"})'
# expect:    13 11 28
# expect: FrameSummary traceback_extract_and_stack_summary.py 9 inner 'return d["k"] + 1'
# expect:    9 11 21
# expect:   File "F", line 21, in <module>
# expect:     outer()
# expect:   File "F", line 13, in outer
# expect:     return inner({"k": "s"})
# expect:            ^^^^^^^^^^^^^^^^^
# expect:   File "F", line 9, in inner
# expect:     return d["k"] + 1
# expect:            ~~~~~~~^~~
# expect: True
# expect: <module> 21 frame True
# expect: outer 13 frame True
# expect: inner 9 frame True
# expect: (21, '<module>', 'outer()') (9, 'inner', 'return d["k"] + 1') 4
# expect: <FrameSummary file F, line 13 in outer>
# expect:   File "F", line 21, in <module>
# expect:     outer()
# expect: 1
# expect: StackSummary ['<module>', 'outer', 'inner']
# expect: ['<module>', 'hh', 'h']
# expect: 1 <module> None
# expect: ['<module>']
# expect: <FrameSummary file a.py, line 3 in fn> x = 1 True None
# expect: {'n': '1'} False
# expect: ['  File "a.py", line 3, in fn\n    x = 1\n', '  File "a.py", line 3, in fn\n    x = 1\n']
# expect: ['  File "b.py", line 7, in g\n    y = 2\n', '  File "b.py", line 8, in g\n']
# expect:   File "r.py", line 5, in rec
# expect:     return rec(n - 1)
# expect:   File "r.py", line 5, in rec
# expect:     return rec(n - 1)
# expect:   File "r.py", line 5, in rec
# expect:     return rec(n - 1)
# expect:   [Previous line repeated 3 more times]
# expect:   File "r.py", line 2, in rec
# expect:     raise ValueError
# expect: ['<module>']
# expect:   File "F", line 78, in <module>
# expect:     x[10])
# expect:     ~^^^^
# expect:   File "F", line 83, in <module>
# expect:     value = n["a"] / (n["a"] - 1)
# expect:             ~~~~~~~^~~~~~~~~~~~~~
