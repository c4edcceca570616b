from collections import defaultdict, Counter, OrderedDict, namedtuple, ChainMap, deque, UserDict, UserList
import collections.abc as cabc
from collections.abc import Mapping, MutableMapping, Sequence, Iterable, Iterator, Hashable, Sized, Callable, Set, MutableSequence

dd = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    dd[word[0]].append(word)
print(dd, isinstance(dd, dict), dd["z"], len(dd))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), dict(counts))
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    defaultdict(3)
except TypeError as e:
    print("TypeError:", e)
print(defaultdict(int, a=1).copy(), repr(defaultdict(None, {1: 2})))

c = Counter("abracadabra")
print(c, c["a"], c["zzz"], c.most_common(2), c.total())
print(sorted(c.elements()))
c.update("aaz")
c.subtract({"a": 10})
print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(+Counter(a=2, b=-1), -Counter(a=2, b=-1), Counter(), Counter(a=1) == Counter(a=1, b=0))
print(isinstance(c, dict), Counter([1, 1, 2]).most_common())
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError:", e)
del c["nothing"]

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
od.move_to_end("b")
print(od, list(od))
od.move_to_end("c", last=False)
print(od, od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1}, OrderedDict())
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)

Point = namedtuple("Point", ["x", "y"])
p = Point(11, y=22)
print(p, p.x + p.y, p[0], isinstance(p, tuple), Point._fields, len(p))
x, y = p
print(x, y, p._asdict(), p._replace(x=100), Point._make([1, 2]))
print(Point.__name__, Point.__doc__)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
Emp = namedtuple("Emp", "name, age dept", defaults=["eng"])
print(Emp("ann", 30), Emp._field_defaults, Emp("bob", 40, "ops").dept)
print(namedtuple("R", "a def _b a", rename=True)._fields)
for bad in (["a", "a"], ["_x"], ["class"], ["1x"]):
    try:
        namedtuple("Bad", bad)
    except ValueError as e:
        print("ValueError:", e)
print(hash(Point(1, 2)) == hash((1, 2)), Point(1, 2) == (1, 2))

base = {"colour": "red", "size": 1}
override = {"colour": "blue"}
cm = ChainMap(override, base)
print(cm["colour"], cm["size"], len(cm), sorted(cm), cm.get("nope", 0), "size" in cm)
child = cm.new_child()
child["size"] = 99
print(child, child.parents, cm["size"])
try:
    del cm["size"]
except KeyError as e:
    print("KeyError:", e)
print(dict(cm), list(cm.items()))

print(isinstance([], Sequence), isinstance((), Sequence), isinstance("s", Sequence), isinstance({}, Sequence))
print(isinstance({}, Mapping), isinstance({}, MutableMapping), isinstance(cm, Mapping), isinstance(Counter(), Mapping))
print(isinstance(iter([]), Iterator), isinstance([], Iterable), isinstance([], Iterator), isinstance(3, Hashable), isinstance([], Hashable))
print(isinstance(len, Callable), isinstance(deque(), MutableSequence), isinstance(frozenset(), Set), isinstance(set(), Set), isinstance(3, Sized))
print(isinstance({}.keys(), cabc.KeysView), issubclass(list, cabc.Reversible), isinstance((x for x in []), cabc.Generator))

class Registry(Mapping):
    def __init__(self, **kw):
        self._d = kw
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
r = Registry(a=1, b=2)
print(r.get("a"), "b" in r, list(r.keys()), list(r.items()), list(r.values()), r == {"a": 1, "b": 2})
try:
    Mapping()
except TypeError as e:
    print("TypeError:", e)
ud = UserDict(a=1)
ud["b"] = 2
print(ud, len(ud), isinstance(ud, MutableMapping))
ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
print(ul, ul[1:], len(ul))

# CPython 3.11's output:
# expect: defaultdict(<class 'list'>, {'a': ['apple', 'avocado'], 'b': ['banana', 'blueberry'], 'c': ['cherry'], 'z': []}) True [] 4
# expect: [('i', 4), ('m', 1), ('p', 2), ('s', 4)] {'m': 1, 'i': 4, 's': 4, 'p': 2}
# expect: KeyError: 'missing'
# expect: TypeError: first argument must be callable or None
# expect: defaultdict(<class 'int'>, {'a': 1}) defaultdict(None, {1: 2})
# expect: Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1}) 5 0 [('a', 5), ('b', 2)] 11
# expect: ['a', 'a', 'a', 'a', 'a', 'b', 'b', 'c', 'd', 'r', 'r']
# expect: Counter({'b': 2, 'r': 2, 'c': 1, 'd': 1, 'z': 1, 'a': -3})
# expect: Counter({'a': 4, 'b': 3}) Counter({'a': 2})
# expect: Counter({'a': 3, 'b': 2}) Counter({'a': 1, 'b': 1})
# expect: Counter({'a': 2}) Counter({'b': 1}) Counter() True
# expect: True [(1, 2), (2, 1)]
# expect: NotImplementedError: Counter.fromkeys() is undefined.  Use Counter(iterable) instead.
# expect: OrderedDict([('a', 2), ('c', 3), ('b', 1)]) ['a', 'c', 'b']
# expect: OrderedDict([('a', 2)]) ('b', 1) ('c', 3) OrderedDict([('a', 2)])
# expect: False True OrderedDict()
# expect: KeyError: 'dictionary is empty'
# expect: Point(x=11, y=22) 33 11 True ('x', 'y') 2
# expect: 11 22 {'x': 11, 'y': 22} Point(x=100, y=22) Point(x=1, y=2)
# expect: Point Point(x, y)
# expect: TypeError: Point.__new__() missing 1 required positional argument: 'y'
# expect: Emp(name='ann', age=30, dept='eng') {'dept': 'eng'} ops
# expect: ('a', '_1', '_2', '_3')
# expect: ValueError: Encountered duplicate field name: 'a'
# expect: ValueError: Field names cannot start with an underscore: '_x'
# expect: ValueError: Type names and field names cannot be a keyword: 'class'
# expect: ValueError: Type names and field names must be valid identifiers: '1x'
# expect: True True
# expect: blue 1 2 ['colour', 'size'] 0 True
# expect: ChainMap({'size': 99}, {'colour': 'blue'}, {'colour': 'red', 'size': 1}) ChainMap({'colour': 'blue'}, {'colour': 'red', 'size': 1}) 1
# expect: KeyError: "Key not found in the first mapping: 'size'"
# expect: {'colour': 'blue', 'size': 1} [('colour', 'blue'), ('size', 1)]
# expect: True True True False
# expect: True True True True
# expect: True True False True False
# expect: True True True True False
# expect: True True True
# expect: 1 True ['a', 'b'] [('a', 1), ('b', 2)] [1, 2] True
# expect: TypeError: Can't instantiate abstract class Mapping with abstract methods __getitem__, __iter__, __len__
# expect: {'a': 1, 'b': 2} 2 True
# expect: [0, 1, 2, 3] [1, 2, 3] 4
