class Temperature:
    __slots__ = ("_celsius",)

    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._celsius = float(value)

    @celsius.deleter
    def celsius(self):
        self._celsius = 0.0

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9

    @classmethod
    def from_fahrenheit(cls, f):
        t = cls()
        t.fahrenheit = f
        return t

    @staticmethod
    def describe(c):
        return "freezing" if c <= 0 else "cold" if c < 10 else "mild" if c < 25 else "hot"

    def __repr__(self):
        return f"Temperature({self._celsius:.2f}C / {self.fahrenheit:.2f}F)"


class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_data", dict(fields))
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f"{type(self).__name__} has no field {name!r}") from None

    def __setattr__(self, name, value):
        self._log.append(f"set {name}={value!r}")
        self._data[name] = value

    def __delattr__(self, name):
        self._log.append(f"del {name}")
        del self._data[name]

    def __contains__(self, name):
        return name in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(sorted(self._data))

    def __getitem__(self, key):
        if isinstance(key, slice):
            keys = sorted(self._data)[key]
            return [self._data[k] for k in keys]
        return self._data[key]

    def __call__(self, *names):
        return tuple(self._data[n] for n in names)


class Polygon:
    sides = 0
    instances = []

    def __init__(self, length):
        self.length = length
        type(self).instances.append(self)

    @property
    def perimeter(self):
        return self.sides * self.length

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.instances = []


class Triangle(Polygon):
    sides = 3


class Hexagon(Polygon):
    sides = 6


t = Temperature(21.5)
print(t, Temperature.describe(t.celsius))
t.fahrenheit = 212
print(t, t.celsius)
del t.celsius
print(t)
print(Temperature.from_fahrenheit(-40), [Temperature.describe(c) for c in (-5, 5, 15, 30)])
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.color = "red"
except AttributeError:
    print("slots prevent new attributes")
print(hasattr(t, "__dict__"), Temperature.__slots__, type(Temperature.celsius).__name__)
r = Record(name="widget", price=9.99, qty=3)
r.qty = 4
r.color = "blue"
del r.price
print(r.name, r.qty, "price" in r, "color" in r, len(r), list(r), r[:2], r["qty"], r("name", "color"))
print(r._log)
try:
    r.missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(r, "missing", "fallback"), hasattr(r, "name"))
shapes = [Triangle(2), Hexagon(1.5), Triangle(5), Polygon(1)]
print([s.perimeter for s in shapes], len(Triangle.instances), len(Hexagon.instances), len(Polygon.instances))
print(vars(Triangle(1)), Triangle.__name__, Triangle.__bases__[0].__name__, Hexagon.__qualname__)
