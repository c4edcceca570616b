# A directory without __init__.py is a namespace package, as in CPython; its portions can lie
# in several sys.path entries.
import sys
sys.path.append(__file__.rpartition("/")[0] + "/second")
import ns.inner.leaf
from ns import top
D = __file__.rpartition("/")[0]
print(ns.inner.leaf.LEAF, top.TOP)
print(getattr(ns, "__file__", None), [p.replace(D, "<dir>") for p in ns.__path__])
print(ns.__spec__.origin, ns.__spec__.name, ns.inner.__package__)
print(ns.__spec__.submodule_search_locations is not None)
print("__file__" in vars(ns), ns.__file__, ns.inner.__file__)

import ns.extra
print(ns.extra.EXTRA, len(ns.__path__))

# CPython 3.11's output:
# expect: leaf in a namespace package top
# expect: None ['<dir>/ns', '<dir>/second/ns']
# expect: None ns ns.inner
# expect: True
# expect: True None None
# expect: extra from a second portion 2
