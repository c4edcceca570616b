# A program in two files: main.py imports helper.py from its own folder.
import sys
import helper
import helper as h
from helper import greet, GREETING as G

D = __file__.rpartition("/")[0]
print(greet("world"), G)
print(h is helper, sys.modules["helper"] is helper)
print(helper.__name__, helper.__doc__, helper.__package__ == "")
print(helper.__file__.replace(D, "<dir>"))
print(helper.__spec__.name, helper.__spec__.origin.replace(D, "<dir>"), helper.__spec__.parent == "")
print(repr(helper).replace(D, "<dir>"))
print(__name__, __package__, __spec__)
print(sys.path[0] == D, __file__.endswith("/main.py"))
helper.GREETING = "bye"
import helper
print(helper.greet("again"))
if __name__ == "__main__":
    print("main runs as __main__")

# CPython 3.11's output:

# CPython 3.11's output:
# expect: helper runs once, as helper
# expect: hello, world hello
# expect: True True
# expect: helper A helper module. True
# expect: <dir>/helper.py
# expect: helper <dir>/helper.py True
# expect: <module 'helper' from '<dir>/helper.py'>
# expect: __main__ None None
# expect: True True
# expect: bye, again
# expect: main runs as __main__
