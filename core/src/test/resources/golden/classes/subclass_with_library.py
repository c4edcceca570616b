# Program classes with library code: functools.total_ordering, json of list and dict
# subclasses, copy.deepcopy of an instance, and subclasses of collections.deque.
import functools, json, copy
from collections import deque
import functools, json, copy
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) >= V(0), V(1) > V(2))
class JL(list): pass
class JD(dict): pass
print(json.dumps({"a": JL([1, 2]), "b": JD(x=1)}))
class Cp:
    def __init__(self): self.items = [1]
c2 = copy.deepcopy(Cp())
print(c2.items, type(c2).__name__)
class Q(deque): pass
q = Q([1, 2]); q.appendleft(0)
print(list(q), type(q).__name__)
class Bounded(deque):
    def __init__(self, items):
        super().__init__(items, maxlen=2)
    def push(self, x):
        self.append(x)
b = Bounded([1, 2, 3]); b.push(4)
print(b, b.maxlen, len(b), list(reversed(b)))

# CPython 3.11's output:
# expect: True False
# expect: {"a": [1, 2], "b": {"x": 1}}
# expect: [1] Cp
# expect: [0, 1, 2] Q
# expect: Bounded([3, 4], maxlen=2) 2 2 [4, 3]
