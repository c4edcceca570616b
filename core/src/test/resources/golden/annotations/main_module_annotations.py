# __main__ starts with an empty __annotations__, as CPython's does.
print("__annotations__" in globals(), __annotations__)
class C:
    x: int
print(__annotations__, C.__annotations__)
y: str = "s"
print(__annotations__)
# expect: True {}
# expect: {} {'x': <class 'int'>}
# expect: {'y': <class 'str'>}
