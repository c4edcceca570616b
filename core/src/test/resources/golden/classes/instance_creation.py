# Instance creation as type.__call__ does it: __new__ then __init__ (only when __new__ returned an
# instance of the class), the errors object.__new__ and object.__init__ raise, __class__ assignment.
def attempt(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)

class Empty:
    pass

class OwnInit:
    def __init__(self):
        super().__init__(1)

class OwnNew:
    def __new__(cls, x):
        return super().__new__(cls, x)

class NewOnly:
    def __new__(cls, x):
        obj = super().__new__(cls)
        obj.x = x
        return obj

class BadInit:
    def __init__(self):
        return 5

attempt(lambda: Empty(1))
attempt(lambda: Empty(a=1))
attempt(lambda: OwnInit())
attempt(lambda: OwnNew(1))
attempt(lambda: BadInit())
attempt(lambda: object(1))
attempt(lambda: object.__new__(list))
attempt(lambda: list.__new__(int))
attempt(lambda: int.__new__(list))
print(NewOnly(3).x, type(object()).__name__, object.__new__(Empty).__class__.__name__)
class OrderedCollection(list):
    pass
oc = OrderedCollection()
oc.append(1); oc.insert(0, 2)
print(oc, oc.__class__.__name__, len(oc))
class Vec(list):
    def __init__(self, *xs):
        list.__init__(self, xs)
    def __add__(self, o):
        return self.__class__(*[a + b for a, b in zip(self, o)])
    def __mul__(self, k):
        return type(self)(*[a * k for a in self])
v = Vec(1, 2) + Vec(3, 4)
print(v, v * 2, type(v * 2).__name__)
class Node:
    """A node."""
    count = 0
    def __new__(cls, *a):
        cls.count += 1
        return object.__new__(cls)
    def __init__(self, v): self.v = v
n = Node(1); Node(2)
print(Node.count, n.count, Node.__doc__, Node.__module__, n.__class__.__name__, Node.__name__)
class Cached:
    _cache = {}
    def __new__(cls, key):
        if key in cls._cache:
            return cls._cache[key]
        obj = super().__new__(cls)
        cls._cache[key] = obj
        return obj
    def __init__(self, key):
        self.key = key
print(Cached(1) is Cached(1), Cached(2) is Cached(1))
class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(NotMine())
class Base:
    def __init_subclass__(cls): cls.tag = cls.__name__.upper()
class K(Base): pass
print(K.tag)
class Ab:
    def area(self):
        raise NotImplementedError("subclass must implement")
try:
    Ab().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
class P:
    def __init__(self): self.items = []
    def __iter__(self): yield from self.items
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
    def __reversed__(self): return reversed(self.items)
p = P(); p.items = [3, 1, 2]
print(list(p), sorted(p), list(reversed(p)), p[0], len(p), max(p), 1 in p, list(enumerate(p)))
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * i
print(list(Seq()), 4 in Seq())
class A:
    x = 1
    def m(self): return "m"
a = A()
a.x = 5
print(a.x, A.x, A.m(a), a.m.__self__ is a, a.m.__func__ is A.m, getattr(a, "m")(), vars(a))
print(type(a).__mro__, A.__dict__["x"], "m" in A.__dict__, isinstance(A, type), type(A) is type)
class S:
    @staticmethod
    def st(x): return x * 2
    @classmethod
    def cm(cls, x): return cls.__name__ + str(x)
class T(S): pass
print(S.st(2), S().st(3), T.cm(1), T().cm(2), S.__dict__["st"].__func__(5), type(S.__dict__["cm"]).__name__)

# CPython 3.11's output:
# expect: TypeError: Empty() takes no arguments
# expect: TypeError: Empty() takes no arguments
# expect: TypeError: object.__init__() takes exactly one argument (the instance to initialize)
# expect: TypeError: object.__new__() takes exactly one argument (the type to instantiate)
# expect: TypeError: __init__() should return None, not 'int'
# expect: TypeError: object() takes no arguments
# expect: TypeError: object.__new__(list) is not safe, use list.__new__()
# expect: TypeError: list.__new__(int): int is not a subtype of list
# expect: TypeError: int.__new__(list): list is not a subtype of int
# expect: 3 object Empty
# expect: [2, 1] OrderedCollection 2
# expect: [4, 6] [8, 12] Vec
# expect: 2 2 A node. __main__ Node Node
# expect: True False
# expect: 42
# expect: K
# expect: NotImplementedError: subclass must implement
# expect: [3, 1, 2] [1, 2, 3] [2, 1, 3] 3 3 3 True [(0, 3), (1, 1), (2, 2)]
# expect: [0, 1, 4] True
# expect: 5 1 m True True m {'x': 5}
# expect: (<class '__main__.A'>, <class 'object'>) 1 True True True
# expect: 4 6 T1 T2 10 classmethod
