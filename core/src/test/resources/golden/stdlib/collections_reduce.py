# deque, OrderedDict and defaultdict pickle and copy as CPython's do (their __reduce__: the
# arguments, the instance dict, the items), and the operator errors name a deque as CPython does.
import collections
import copy
import pickle


class Tagged(collections.deque):
    pass


d = collections.deque([1, "two", (3,)], maxlen=5)
print(pickle.loads(pickle.dumps(d)), pickle.loads(pickle.dumps(d)).maxlen)
print(copy.deepcopy(collections.deque([[1], [2]])), copy.copy(collections.deque("ab")))
t = Tagged([1, 2])
t.label = "mine"
u = pickle.loads(pickle.dumps(t, protocol=2))
print(type(u).__name__, list(u), u.label)
r = collections.deque([4]).__reduce__()
print(r[0], r[1], r[2], list(r[3]), collections.deque([], 3).__reduce__()[1])
print(pickle.dumps(collections.deque([1]), protocol=4))
print(pickle.dumps(collections.OrderedDict(a=1), protocol=4))
print(pickle.dumps(collections.defaultdict(int, a=1), protocol=4))
o = pickle.loads(pickle.dumps(collections.OrderedDict([("b", 1), ("a", 2)])))
print(type(o).__name__, list(o.items()))
dd = pickle.loads(pickle.dumps(collections.defaultdict(list, k=[1])))
dd["new"].append(2)
print(dd.default_factory, dict(dd))
q = collections.deque([1, 2])
for expr in ["q + [3]", "q * 'x'", "[3] + q", "q + (1,)", "q < [1]", "q - q", "bytearray(b'a') * 'x'"]:
    try:
        print(eval(expr))
    except TypeError as e:
        print(expr, "->", e)

# expect: deque([1, 'two', (3,)], maxlen=5) 5
# expect: deque([[1], [2]]) deque(['a', 'b'])
# expect: Tagged [1, 2] mine
# expect: <class 'collections.deque'> () None [4] ((), 3)
# expect: b'\x80\x04\x95\x1f\x00\x00\x00\x00\x00\x00\x00\x8c\x0bcollections\x94\x8c\x05deque\x94\x93\x94)R\x94K\x01a.'
# expect: b'\x80\x04\x95)\x00\x00\x00\x00\x00\x00\x00\x8c\x0bcollections\x94\x8c\x0bOrderedDict\x94\x93\x94)R\x94\x8c\x01a\x94K\x01s.'
# expect: b'\x80\x04\x95=\x00\x00\x00\x00\x00\x00\x00\x8c\x0bcollections\x94\x8c\x0bdefaultdict\x94\x93\x94\x8c\x08builtins\x94\x8c\x03int\x94\x93\x94\x85\x94R\x94\x8c\x01a\x94K\x01s.'
# expect: OrderedDict [('b', 1), ('a', 2)]
# expect: <class 'list'> {'k': [1], 'new': [2]}
# expect: q + [3] -> can only concatenate deque (not "list") to deque
# expect: q * 'x' -> can't multiply sequence by non-int of type 'str'
# expect: [3] + q -> can only concatenate list (not "collections.deque") to list
# expect: q + (1,) -> can only concatenate deque (not "tuple") to deque
# expect: q < [1] -> '<' not supported between instances of 'collections.deque' and 'list'
# expect: q - q -> unsupported operand type(s) for -: 'collections.deque' and 'collections.deque'
# expect: bytearray(b'a') * 'x' -> can't multiply sequence by non-int of type 'str'
