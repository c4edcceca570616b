# dict subclasses: __missing__ is asked by dict.__getitem__; an overridden __setitem__ is used by
# d[k] = v but not by update() or the constructor, as in CPython.
class Default(dict):
    def __init__(self, factory, *args, **kw):
        super().__init__(*args, **kw)
        self.factory = factory

    def __missing__(self, key):
        v = self[key] = self.factory()
        return v

d = Default(list, a=[1])
d["b"].append(2)
d["a"].append(3)
print(d, len(d), sorted(d), d.get("zzz"), "zzz" in d)

class Logged(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)

    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k)

    def __delitem__(self, k):
        print("del", k)
        super().__delitem__(k)

lg = Logged({"x": 1}, y=2)
lg["z"] = 3
lg.update(w=4)
lg.setdefault("v", 5)
print(lg["x"], lg.get("y"), lg)
del lg["x"]
print(list(lg.items()), isinstance(lg, dict), type(lg).__name__)
print(dict(lg) == lg, type(dict(lg)).__name__, type(lg.copy()).__name__, {**lg})

class Attr(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        self[name] = value

a = Attr(one=1)
a.two = 2
print(a.one, a.two, a, hasattr(a, "three"), a.keys() == {"one", "two"})

class Counter(dict):
    def __missing__(self, key):
        return 0

    def add(self, word):
        self[word] += 1

c = Counter()
for w in "the cat and the hat and the bat".split():
    c.add(w)
print(sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))
print(c["nothing"], len(c), c | {"x": 9}, type(c | {"x": 9}).__name__)

# CPython 3.11's output:
# expect: {'a': [1, 3], 'b': [2]} 2 ['a', 'b'] None False
# expect: set z 3
# expect: get x
# expect: 1 2 {'x': 1, 'y': 2, 'z': 3, 'w': 4, 'v': 5}
# expect: del x
# expect: [('y', 2), ('z', 3), ('w', 4), ('v', 5)] True Logged
# expect: True dict dict {'y': 2, 'z': 3, 'w': 4, 'v': 5}
# expect: 1 2 {'one': 1, 'two': 2} False True
# expect: [('the', 3), ('and', 2), ('bat', 1), ('cat', 1), ('hat', 1)]
# expect: 0 5 {'the': 3, 'cat': 1, 'and': 2, 'hat': 1, 'bat': 1, 'x': 9} dict
