# Modules made at run time with types.ModuleType (type(sys)) and put in sys.modules.
import sys

ModuleType = type(sys)
m = ModuleType("virtual", "made at run time")
print(m, m.__name__, m.__doc__, m.__spec__, m.__package__)
m.answer = 42
m.__all__ = ["answer"]
sys.modules["virtual"] = m
import virtual
from virtual import answer
from virtual import *
print(virtual is m, answer, sorted(k for k in vars(m) if not k.startswith("__")))
try:
    from virtual import question
except ImportError as e:
    print(e)
try:
    ModuleType(3)
except TypeError as e:
    print(e)
print(isinstance(sys, ModuleType), type(m).__name__)
del sys.modules["virtual"]
try:
    import virtual
except ModuleNotFoundError as e:
    print(e)

# CPython 3.11 output:
# expect: <module 'virtual'> virtual made at run time None None
# expect: True 42 ['answer']
# expect: cannot import name 'question' from 'virtual' (unknown location)
# expect: module() argument 'name' must be str, not int
# expect: True module
# expect: No module named 'virtual'
