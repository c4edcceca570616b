# copy and deepcopy go through the reduction protocol as CPython's do: a class's own __reduce__,
# __getstate__/__setstate__ and __getnewargs__ decide what the copy holds; a builtin type with a
# __reduce__ (deque) copies through it.
import collections
import copy


class Doubled:
    def __init__(self, x):
        self.x = x

    def __reduce__(self):
        return (Doubled, (self.x * 2,))


class Cached:
    def __init__(self):
        self.a = [1]
        self.cache = "big"

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["cache"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = "rebuilt"


class Made:
    def __new__(cls, v):
        o = object.__new__(cls)
        o.v = v
        return o

    def __getnewargs__(self):
        return (self.v,)


class Tagged(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.tag = "t"


print(copy.copy(Doubled(1)).x, copy.deepcopy(Doubled(3)).x)
c = Cached()
deep, shallow = copy.deepcopy(c), copy.copy(c)
print(deep.a, deep.cache, deep.a is c.a, shallow.cache, shallow.a is c.a)
print(copy.copy(Made(5)).v, copy.deepcopy(Made([6])).v)
q = collections.deque([[1]], 4)
dq = copy.deepcopy(q)
print(dq, dq[0] is q[0], copy.copy(q)[0] is q[0])
t = copy.deepcopy(Tagged([1, [2]]))
print(t, t.tag, type(t).__name__)
print(copy.copy(collections.OrderedDict(a=1)), copy.deepcopy(collections.defaultdict(list, k=[1])))

# expect: 2 6
# expect: [1] rebuilt False rebuilt True
# expect: 5 [6]
# expect: deque([[1]], maxlen=4) False True
# expect: [1, [2]] t Tagged
# expect: OrderedDict([('a', 1)]) defaultdict(<class 'list'>, {'k': [1]})
