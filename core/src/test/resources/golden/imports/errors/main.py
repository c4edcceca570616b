# Import errors with CPython's messages and attributes.
D = __file__.rpartition("/")[0]


def show(e):
    print(type(e).__name__ + ":", str(e).replace(D, "<dir>"), "| name:", e.name, "| path:",
          e.path if e.path is None else e.path.replace(D, "<dir>"))


for stmt in ["import no_such_module", "import pkg.nothing", "import pkg.mod.deeper",
             "from pkg.mod import g", "from pkg import nothing", "from sys import nothing",
             "from . import sibling"]:
    try:
        if stmt == "import no_such_module":
            import no_such_module
        elif stmt == "import pkg.nothing":
            import pkg.nothing
        elif stmt == "import pkg.mod.deeper":
            import pkg.mod.deeper
        elif stmt == "from pkg.mod import g":
            from pkg.mod import g
        elif stmt == "from pkg import nothing":
            from pkg import nothing
        elif stmt == "from sys import nothing":
            from sys import nothing
        else:
            from . import sibling
    except ImportError as e:
        show(e)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    import bad_syntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename.replace(D, "<dir>"), e.lineno, repr(e.text))
    print(str(e))
import sys
print("bad_syntax" in sys.modules)
try:
    import raises
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, "raises" in sys.modules)
try:
    __import__("")
except ValueError as e:
    print("ValueError:", e)
e = ImportError("plain")
print(e.name, e.path, e.msg)
import bad_syntax

# CPython 3.11's output:
# expect: ModuleNotFoundError: No module named 'no_such_module' | name: no_such_module | path: None
# expect: ModuleNotFoundError: No module named 'pkg.nothing' | name: pkg.nothing | path: None
# expect: ModuleNotFoundError: No module named 'pkg.mod.deeper'; 'pkg.mod' is not a package | name: pkg.mod.deeper | path: None
# expect: ImportError: cannot import name 'g' from 'pkg.mod' (<dir>/pkg/mod.py) | name: pkg.mod | path: <dir>/pkg/mod.py
# expect: ImportError: cannot import name 'nothing' from 'pkg' (<dir>/pkg/__init__.py) | name: pkg | path: <dir>/pkg/__init__.py
# expect: ImportError: cannot import name 'nothing' from 'sys' (unknown location) | name: sys | path: None
# expect: ImportError: attempted relative import with no known parent package | name: None | path: None
# expect: True
# expect: SyntaxError invalid syntax <dir>/bad_syntax.py 2 'def broken(:\n'
# expect: invalid syntax (bad_syntax.py, line 2)
# expect: False
# expect: ZeroDivisionError: division by zero False
# expect: ValueError: Empty module name
# expect: None None plain
# expect error: SyntaxError: invalid syntax
