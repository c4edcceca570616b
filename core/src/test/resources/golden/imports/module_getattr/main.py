# PEP 562: a module's __getattr__ answers for the names it does not define.
import lazy
from lazy import computed
print(lazy.X, lazy.computed, computed, getattr(lazy, "nothing", "default"), hasattr(lazy, "nothing"))
try:
    from lazy import nothing
except ImportError as e:
    print(str(e).replace(__file__.rpartition("/")[0], "<dir>"))
try:
    lazy.nothing
except AttributeError as e:
    print(e)
try:
    lazy.boom
except KeyError as e:
    print("KeyError", e)

# CPython 3.11's output:
# expect: 1 made on demand made on demand default False
# expect: cannot import name 'nothing' from 'lazy' (<dir>/lazy.py)
# expect: module 'lazy' has no attribute 'nothing'
# expect: KeyError 'boom'
