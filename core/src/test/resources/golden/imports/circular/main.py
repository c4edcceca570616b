# A circular import: b sees the partially initialised module a.
import a
import b
print(a.X, b.Y, b.late())
print(a.b is b, b.a is a)

# CPython 3.11's output:
# expect: a starts
# expect: b starts
# expect: b sees partial a: True False
# expect: AttributeError: partially initialized module 'a' has no attribute 'X' (most likely due to a circular import)
# expect: ImportError: cannot import name 'X' from partially initialized module 'a' (most likely due to a circular import) (<dir>/a.py)
# expect: a done, b.Y = b.Y
# expect: a.X b.Y a.X
# expect: True True
