# Odd layouts: a module importing itself, a binary .py, a package beside a same-named module,
# a directory without __init__.py beside a same-named module.
import selfish
print(selfish.DONE)
try:
    import binary
except SyntaxError as e:
    print("SyntaxError:", e)
import both
import shadow
print(both.WHO, "|", shadow.WHO)
try:
    import shadow.inner
except ModuleNotFoundError as e:
    print(e)
import sys
print("binary" in sys.modules)

# CPython 3.11's output:
# expect: selfish body, sees itself: selfish
# expect: selfish False
# expect: True
# expect: SyntaxError: source code string cannot contain null bytes
# expect: package both/__init__.py | module shadow.py
# expect: No module named 'shadow.inner'; 'shadow' is not a package
# expect: False
