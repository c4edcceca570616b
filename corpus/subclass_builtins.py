class TypedList(list):
    def __init__(self, kind, iterable=()):
        self.kind = kind
        super().__init__(self._check(x) for x in iterable)

    def _check(self, x):
        if not isinstance(x, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(x).__name__}: {x!r}")
        return x

    def append(self, x):
        super().append(self._check(x))

    def extend(self, xs):
        super().extend(self._check(x) for x in xs)

    def __setitem__(self, i, x):
        if isinstance(i, slice):
            x = [self._check(v) for v in x]
        else:
            x = self._check(x)
        super().__setitem__(i, x)

    def __repr__(self):
        return f"TypedList[{self.kind.__name__}]({list.__repr__(self)})"


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            value = self[name]
        except KeyError:
            raise AttributeError(name) from None
        return AttrDict(value) if isinstance(value, dict) else value

    def __setattr__(self, name, value):
        self[name] = value

    def __delattr__(self, name):
        del self[name]


class DefaultCounter(dict):
    def __missing__(self, key):
        return 0

    def __add__(self, other):
        out = DefaultCounter(self)
        for k, v in other.items():
            out[k] += v
        return out


class CaseInsensitiveDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())

    def get(self, key, default=None):
        return super().get(key.lower(), default)


class Stack(list):
    push = list.append

    def peek(self):
        return self[-1]

    @property
    def empty(self):
        return not self


class UpperStr(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())

    def shout(self):
        return self + "!"


nums = TypedList(int, [3, 1, 2])
nums.append(10)
nums.extend([7, 8])
nums[0] = 42
print(nums, len(nums), sum(nums), sorted(nums))
for bad in (lambda: nums.append("x"), lambda: nums.extend([1, 2.5]), lambda: TypedList(str, ["a", 1])):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
nums.sort(reverse=True)
print(nums, isinstance(nums, list), nums[1:3], type(nums[1:3]).__name__)

cfg = AttrDict(host="localhost", port=8000, db={"user": "admin", "pool": 5})
print(cfg.host, cfg.port, cfg.db.user, cfg.db.pool)
cfg.debug = True
del cfg.port
print(sorted(cfg.items(), key=lambda kv: kv[0]))
try:
    cfg.missing
except AttributeError as e:
    print("AttributeError:", e)

c = DefaultCounter()
for w in "to be or not to be".split():
    c[w] += 1
print(c, c["nothing"], "nothing" in c)
print(c + DefaultCounter(be=10, maybe=1))

h = CaseInsensitiveDict()
h["Content-Type"] = "text/html"
h["ACCEPT"] = "*/*"
print(h["content-type"], "accept" in h, h.get("X-Missing", "n/a"), dict(h))

s = Stack()
for x in "abc":
    s.push(x)
print(s.peek(), s.pop(), s, s.empty, Stack().empty)
u = UpperStr("hello")
print(u, u.shout(), isinstance(u, str), len(u), u.lower(), type(u).__name__)
