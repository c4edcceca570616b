# Metaclasses: __prepare__, __new__, __init__ and __call__ on the metaclass, in the order CPython
# calls them; class keyword arguments; inheritance of the metaclass; the metaclass conflict.
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"created_by": mcs.__name__}

    def __new__(mcs, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        cls = super().__new__(mcs, name, bases, ns)
        cls.options = kw
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kw):
        print("call", cls.__name__, args)
        obj = super().__call__(*args, **kw)
        obj.made_by_meta = True
        return obj

class Model(metaclass=Meta, table="models"):
    def __init__(self, pk):
        self.pk = pk

m = Model(7)
print(m.pk, m.made_by_meta, Model.options, Model.created_by, type(Model).__name__)
print(isinstance(Model, Meta), isinstance(Model, type), type(m) is Model)

class User(Model, table="users"):
    pass

print(type(User).__name__, User.options, User(1).pk)

# A registry, the commonest metaclass.
class Registry(type):
    classes = {}

    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        if bases:
            mcs.classes[name.lower()] = cls
        return cls

class Plugin(metaclass=Registry):
    def run(self):
        return type(self).__name__ + " ran"

class Alpha(Plugin):
    pass

class Beta(Plugin):
    def run(self):
        return "beta!"

print(sorted(Registry.classes), [Registry.classes[k]().run() for k in sorted(Registry.classes)])

# Singleton through __call__
class Single(type):
    _instances = {}

    def __call__(cls, *args):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args)
        return cls._instances[cls]

class Config(metaclass=Single):
    def __init__(self, value):
        self.value = value

print(Config(1) is Config(2), Config(3).value)

# Methods and attributes of the metaclass are seen on the class, not on instances.
class WithClassMethods(type):
    def describe(cls):
        return "class " + cls.__name__

    @property
    def upper_name(cls):
        return cls.__name__.upper()

class Thing(metaclass=WithClassMethods):
    pass

print(Thing.describe(), Thing.upper_name, hasattr(Thing(), "describe"))

class M1(type):
    pass

class M2(type):
    pass

class A(metaclass=M1):
    pass

class B(metaclass=M2):
    pass

try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)

class M3(M1, M2):
    pass

class C(A, B, metaclass=M3):
    pass

print(type(C).__name__, [k.__name__ for k in type(C).__mro__])

# The metaclass can be any callable.
def decorate(name, bases, ns):
    ns["decorated"] = True
    return type(name, bases, ns)

class Plain(metaclass=decorate):
    pass

print(Plain.decorated, type(Plain).__name__)

# CPython 3.11's output:
# expect: prepare Model {'table': 'models'}
# expect: new Model ['created_by']
# expect: init Model
# expect: call Model (7,)
# expect: 7 True {'table': 'models'} Meta Meta
# expect: True True True
# expect: prepare User {'table': 'users'}
# expect: new User ['created_by']
# expect: init User
# expect: call User (1,)
# expect: Meta {'table': 'users'} 1
# expect: ['alpha', 'beta'] ['Alpha ran', 'beta!']
# expect: True 1
# expect: class Thing THING False
# expect: TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
# expect: M3 ['M3', 'M1', 'M2', 'type', 'object']
# expect: True type
