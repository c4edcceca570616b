# __init_subclass__ (with class keyword arguments), __set_name__, __class_getitem__, and
# type(name, bases, dict) with several bases.
class Plugin:
    registry = []

    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)

class Csv(Plugin, name="csv"):
    pass

class Json(Plugin):
    pass

class Pretty(Json, name="pretty-json"):
    pass

print(Plugin.registry, Pretty.plugin_name, Json.plugin_name)

try:
    class Wrong(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class NoKw(flavour=1):
        pass
except TypeError as e:
    print("TypeError:", e)

class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")

    def __set__(self, obj, value):
        setattr(obj, self.name, value)

class Record:
    title = Field()
    year = Field()

r = Record()
r.title = "Dune"
print(r.title, r.year, r.__dict__, type(Record.title).__name__)

class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"

print(Box[int], Box[str])

class Walker:
    def walk(self):
        return "walks"

class Swimmer:
    def swim(self):
        return "swims"

Duck = type("Duck", (Walker, Swimmer), {"quack": lambda self: "quack", "legs": 2})
d = Duck()
print(d.walk(), d.swim(), d.quack(), d.legs, [k.__name__ for k in Duck.__mro__])
print(Duck.__name__, Duck.__qualname__, Duck.__module__, type(Duck).__name__)
print(type("Empty", (), {})().__class__.__name__, type(3), type(type))

try:
    type("Bad", (Walker,), {}, extra=1)
except TypeError as e:
    print("TypeError:", e)

class Outer:
    class Inner:
        pass

print(Outer.Inner.__qualname__, Outer.Inner, Outer.Inner.__name__)

# CPython 3.11's output:
# expect: ['csv', 'json', 'pretty-json'] pretty-json json
# expect: TypeError: Wrong.__init_subclass__() takes no keyword arguments
# expect: TypeError: NoKw.__init_subclass__() takes no keyword arguments
# expect: set_name Record title
# expect: set_name Record year
# expect: Dune unset {'_title': 'Dune'} Field
# expect: Box[int] Box[str]
# expect: walks swims quack 2 ['Duck', 'Walker', 'Swimmer', 'object']
# expect: Duck Duck __main__ type
# expect: Empty <class 'int'> <class 'type'>
# expect: TypeError: Bad.__init_subclass__() takes no keyword arguments
# expect: Outer.Inner <class '__main__.Outer.Inner'> Inner
