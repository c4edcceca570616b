print("b starts")
import a
import sys
print("b sees partial a:", sys.modules["a"] is a, hasattr(a, "X"))
try:
    a.X
except AttributeError as e:
    print("AttributeError:", e)
try:
    from a import X
except ImportError as e:
    print("ImportError:", str(e).replace(a.__file__.rpartition("/")[0], "<dir>"))
Y = "b.Y"


def late():
    return a.X
