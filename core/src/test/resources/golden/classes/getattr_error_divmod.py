# An AttributeError raised by __getattr__ keeps its message; getattr() with a default and
# hasattr() swallow it. divmod() calls __divmod__ and __rdivmod__.
class Record:
    def __init__(self, **fields):
        self._fields = fields

    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"Record has no field {name!r}") from None

r = Record(a=1)
print(r.a, getattr(r, "b", "default"), hasattr(r, "b"), hasattr(r, "a"))
try:
    r.b
except AttributeError as e:
    print("AttributeError:", e)

class Num:
    def __init__(self, v):
        self.v = v

    def __divmod__(self, other):
        return ("divmod", self.v, other)

    def __rdivmod__(self, other):
        return ("rdivmod", other, self.v)

print(divmod(Num(7), 2), divmod(7, Num(2)), divmod(7, 2))
class Plain:
    pass

try:
    divmod(Plain(), 1)
except TypeError as e:
    print("TypeError:", e)

class MyInt(int):
    pass

print(divmod(MyInt(7), 2), divmod(7.5, MyInt(2)))

# CPython 3.11's output:
# expect: 1 default False True
# expect: AttributeError: Record has no field 'b'
# expect: ('divmod', 7, 2) ('rdivmod', 7, 2) (3, 1)
# expect: TypeError: unsupported operand type(s) for divmod(): 'Plain' and 'int'
# expect: (3, 1) (3.0, 1.5)
