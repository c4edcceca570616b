class Field:
    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private, value)

    def validate(self, value):
        pass


class Integer(Field):
    def __init__(self, minimum=None, maximum=None):
        self.minimum, self.maximum = minimum, maximum

    def validate(self, value):
        if not isinstance(value, int) or isinstance(value, bool):
            raise TypeError(f"{self.name} must be an int, not {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name} must be >= {self.minimum}, got {value}")
        if self.maximum is not None and value > self.maximum:
            raise ValueError(f"{self.name} must be <= {self.maximum}, got {value}")


class String(Field):
    def __init__(self, max_len=20, choices=None):
        self.max_len, self.choices = max_len, choices

    def validate(self, value):
        if not isinstance(value, str):
            raise TypeError(f"{self.name} must be a str")
        if len(value) > self.max_len:
            raise ValueError(f"{self.name} longer than {self.max_len}")
        if self.choices and value not in self.choices:
            raise ValueError(f"{self.name} must be one of {sorted(self.choices)}")


class ModelMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls._fields = [k for k, v in ns.items() if isinstance(v, Field)]
        if bases:
            ModelMeta.registry[name.lower()] = cls
        return cls


class Model(metaclass=ModelMeta):
    def __init__(self, **kwargs):
        missing = [f for f in self._fields if f not in kwargs]
        if missing:
            raise TypeError(f"missing fields: {', '.join(missing)}")
        for k, v in kwargs.items():
            if k not in self._fields:
                raise TypeError(f"unknown field {k}")
            setattr(self, k, v)

    def __repr__(self):
        body = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"{type(self).__name__}({body})"


class Person(Model):
    name = String(max_len=10)
    age = Integer(0, 150)


class Product(Model):
    title = String(30)
    size = String(choices={"S", "M", "L"})
    stock = Integer(minimum=0)


class Lazy:
    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value


class Report:
    calls = 0

    @Lazy
    def summary(self):
        Report.calls += 1
        return "expensive summary"


print(Person(name="Ann", age=33), Product(title="shirt", size="M", stock=4))
print("fields:", Person._fields, Product._fields)
print("registry:", sorted(ModelMeta.registry))
attempts = [
    (Person, {"name": "Bartholomew Jr", "age": 3}),
    (Person, {"name": "Bo", "age": -1}),
    (Person, {"name": "Bo", "age": "old"}),
    (Person, {"name": "Bo", "age": True}),
    (Person, {"name": "Bo"}),
    (Product, {"title": "hat", "size": "XL", "stock": 1}),
    (Product, {"title": "hat", "size": "S", "stock": 2, "color": "red"}),
]
for cls, kw in attempts:
    try:
        print("created", cls(**kw))
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
p = Person(name="Cy", age=40)
p.age += 1
print(p.age, p._age, type(Person.age).__name__, Person.age.name)
r = Report()
print(r.summary, r.summary, Report.calls, "summary" in r.__dict__)


class Plugin:
    plugins = []

    def __init_subclass__(cls, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.key = key or cls.__name__.lower()
        Plugin.plugins.append(cls)


class CsvExport(Plugin, key="csv"):
    pass


class JsonExport(Plugin):
    pass


print([(c.__name__, c.key) for c in Plugin.plugins])
