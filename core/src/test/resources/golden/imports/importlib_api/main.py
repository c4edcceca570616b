# importlib.import_module (absolute and relative to a package), importlib.reload, __import__.
import importlib
import sys

counter = importlib.import_module("counter")
print(counter.RUNS, importlib.import_module("counter") is counter)
again = importlib.reload(counter)
print(again is counter, counter.RUNS)
leaf = importlib.import_module("pkg.leaf")
print(leaf.VALUE, importlib.import_module(".leaf", "pkg") is leaf)
print(importlib.import_module("pkg").NAME, sys.modules["pkg"].leaf is leaf)
try:
    importlib.import_module("pkg.missing")
except ModuleNotFoundError as e:
    print(e)
try:
    importlib.import_module("")
except ValueError as e:
    print(e)
print(__import__("pkg.leaf").__name__, __import__("pkg.leaf", fromlist=["VALUE"]).__name__)
print(__import__("leaf", globals={"__package__": "pkg"}, level=1).__name__)
print(__import__("", globals={"__package__": "pkg"}, fromlist=["leaf"], level=1).__name__)
print(__import__("sys") is sys, importlib.invalidate_caches())
del sys.modules["counter"]
try:
    importlib.reload(counter)
except ImportError as e:
    print(e)
import counter as fresh
print(fresh is counter, fresh.RUNS)

# CPython 3.11's output:
# expect: counter body runs
# expect: 1 True
# expect: counter body runs
# expect: True 2
# expect: pkg.leaf True
# expect: pkg True
# expect: No module named 'pkg.missing'
# expect: Empty module name
# expect: pkg pkg.leaf
# expect: pkg.leaf
# expect: pkg
# expect: True None
# expect: module counter not in sys.modules
# expect: counter body runs
# expect: False 1
