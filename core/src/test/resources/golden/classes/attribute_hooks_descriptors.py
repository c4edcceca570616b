# __getattribute__, __getattr__, __setattr__ and __delattr__ hooks; data and non-data
# descriptors written in Python (precedence over the instance dict); property deleters.
class Tracked:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError("hidden " + name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "default-" + name
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
t = Tracked()
t.a = 1
print(t.a, t.missing, t.secret_x, t.log)
del t.a
print(t.log, t.a)
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("deleting", self.name)
        del obj.__dict__[self.name]
class Person:
    age = Typed(int)
    name = Typed(str)
p = Person()
p.age = 3
p.name = "x"
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
print(p.age, p.name, Person.age.kind)
del p.age
print(p.age)
class NonData:
    def __get__(self, obj, owner):
        return "from descriptor"
class HasND:
    x = NonData()
h = HasND()
print(h.x)
h.x = "instance wins"
print(h.x, HasND.x)
class Prop:
    def __init__(self): self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val * 2
    @v.deleter
    def v(self):
        print("deleted")
        self._v = None
pr = Prop()
pr.v = 5
print(pr.v)
del pr.v
print(pr.v)
class RO:
    @property
    def r(self): return 1
try:
    RO().r = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    del RO().r
except AttributeError as e:
    print("AttributeError:", e)

# CPython 3.11's output:
# expect: 1 default-missing default-secret_x [('set', 'a')]
# expect: [('set', 'a'), ('del', 'a')] default-a
# expect: TypeError: age must be int
# expect: 3 x <class 'int'>
# expect: deleting age
# expect: None
# expect: from descriptor
# expect: instance wins from descriptor
# expect: 10
# expect: deleted
# expect: None
# expect: AttributeError: property 'r' of 'RO' object has no setter
# expect: AttributeError: property 'r' of 'RO' object has no deleter
