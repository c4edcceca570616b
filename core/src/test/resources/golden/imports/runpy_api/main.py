# runpy.run_module finds a module as python3 -m does; run_path runs a file or a directory's __main__.py.
import runpy, sys
D = __file__.rpartition("/")[0]
g = runpy.run_module("tool", init_globals={"INJECTED": "yes"})
print(g["X"], g["__name__"], sorted(k for k in g if k.startswith("__")))
g = runpy.run_module("tool", run_name="__main__", init_globals={"INJECTED": 1})
print(g["__name__"], g["__spec__"].name, "tool" in sys.modules)
g = runpy.run_module("pk")
print(g["RESULT"], g["__name__"])
g = runpy.run_path(D + "/tool.py", init_globals={"INJECTED": 2})
print(g["X"], g["__name__"], g["__file__"].replace(D, "<dir>"), g["__package__"], g["__spec__"])
g = runpy.run_path(D + "/pk", run_name="__main__")
print(g["__name__"], sys.path[0] == D + "/pk")
try:
    runpy.run_module("nosuch")
except ImportError as e:
    print(type(e).__name__, str(e).replace(D, "<dir>"))
try:
    runpy.run_module("pk.nothing")
except ImportError as e:
    print(type(e).__name__, str(e).replace(D, "<dir>"))
try:
    runpy.run_path(D + "/nothing.py")
except OSError as e:
    print(type(e).__name__, str(e).replace(D, "<dir>"))

# CPython 3.11's output:

# CPython 3.11's output:

# CPython 3.11's output:
# expect: tool tool tool.py  tool yes
# expect: 5 tool ['__builtins__', '__cached__', '__doc__', '__file__', '__loader__', '__name__', '__package__', '__spec__']
# expect: tool __main__ tool.py  tool 1
# expect: __main__ tool False
# expect: pk init
# expect: pk main pk.__main__ 'pk'
# expect: 1 pk.__main__
# expect: tool <run_path> tool.py  None 2
# expect: 5 <run_path> <dir>/tool.py  None
# expect: pk main __main__ ''
# expect: __main__ False
# expect: ImportError No module named nosuch
# expect: ImportError No module named pk.nothing
# expect: FileNotFoundError [Errno 2] No such file or directory: '<dir>/nothing.py'
