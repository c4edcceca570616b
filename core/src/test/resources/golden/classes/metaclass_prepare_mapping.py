"""A metaclass's __prepare__ may return any mapping: the class body stores, loads and deletes through it, in order; type.__new__ still wants a dict."""
class NS:
    def __init__(self):
        self.data = {}
        self.order = []
    def __setitem__(self, k, v):
        self.order.append(k)
        self.data[k] = v
    def __getitem__(self, k):
        return self.data[k]
    def __delitem__(self, k):
        del self.data[k]
    def keys(self):
        return self.data.keys()
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return NS()
    def __new__(mcls, name, bases, ns, **kw):
        print("order:", [k for k in ns.order if not k.startswith("__")])
        return super().__new__(mcls, name, bases, dict(ns.data))
class C(metaclass=Meta):
    x = 1
    def f(self): return self.x
    y = x + 1
    z: int = 3
    tmp = 9
    del tmp
    print("dir:", [n for n in dir() if not n.startswith("__")])
    print("locals is NS:", type(locals()).__name__)
print(C().f(), C.y, C.z, C.__annotations__, hasattr(C, "tmp"), C.__qualname__)
class Bad(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42
try:
    class D(metaclass=Bad):
        pass
except TypeError as e:
    print("TypeError:", e)
class Plain(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NS()
try:
    class E(metaclass=Plain):
        a = 1
except TypeError as e:
    print("TypeError:", e)
try:
    class F(metaclass=Meta):
        del nothing
except NameError as e:
    print("NameError:", e)
# Output of CPython 3.11:
# expect: dir: ['f', 'x', 'y', 'z']
# expect: locals is NS: NS
# expect: order: ['x', 'f', 'y', 'z', 'tmp']
# expect: 1 2 3 {'z': <class 'int'>} False C
# expect: TypeError: Bad.__prepare__() must return a mapping, not int
# expect: TypeError: type.__new__() argument 3 must be dict, not NS
# expect: NameError: name 'nothing' is not defined
