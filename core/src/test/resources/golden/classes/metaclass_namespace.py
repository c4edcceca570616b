# A metaclass's __prepare__ returning a dict subclass: the class body's stores, loads and deletes
# go through its __setitem__/__getitem__/__delitem__ (how enum-like classes see their members).
class RecordingNS(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            self.order.append(k)
        if k in self and not k.startswith("__"):
            raise TypeError(f"duplicate member {k!r}")
        super().__setitem__(k, v)
class EnumLike(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return RecordingNS()
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls._order = ns.order
        return cls
class Color(metaclass=EnumLike):
    RED = 1
    GREEN = 2
    BLUE = RED + GREEN
    del GREEN
print(Color._order, Color.BLUE, hasattr(Color, "GREEN"))
try:
    class Bad(metaclass=EnumLike):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)

# CPython 3.11's output:
# expect: ['RED', 'GREEN', 'BLUE'] 3 False
# expect: TypeError: duplicate member 'A'
