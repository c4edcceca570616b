import bisect
import heapq
import operator
import copy
from operator import itemgetter, attrgetter, methodcaller

a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5), bisect.bisect_left(a, 0))
bisect.insort(a, 3); bisect.insort_left(a, 4); print(a)
recs = [(1, 'a'), (3, 'c'), (5, 'e')]
print(bisect.bisect_left(recs, 3, key=lambda r: r[0]))
bisect.insort(recs, (4, 'd'), key=lambda r: r[0]); print(recs)
try:
    bisect.bisect(a, 1, -1)
except ValueError as e:
    print("ValueError:", e)

h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print(h[0], [heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 3]
heapq.heapify(data); print(data[0], sorted(data) == [1, 3, 4, 7, 9])
print(heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), sorted(data))
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8, 3, 9]), heapq.nsmallest(2, ['bb', 'a', 'ccc'], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), list(heapq.merge([5, 3], [4, 1], reverse=True)))
print(list(heapq.merge(['a', 'bbb'], ['cc'], key=len)))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)

print(operator.add(2, 3), operator.mul('a', 3), operator.neg(4), operator.truth(0), operator.contains([1], 1))
print(operator.itemgetter(1)([5, 6]), operator.itemgetter(0, 2)('abc'), repr(itemgetter(1, 'x')))
class P:
    def __init__(self):
        self.x = 1
        self.child = self
    def hello(self, name, punct='!'):
        return 'hi ' + name + punct
p = P()
print(attrgetter('x')(p), attrgetter('x', 'child.x')(p), repr(attrgetter('x', 'child.x')))
print(methodcaller('hello', 'bob', punct='?')(p), repr(methodcaller('hello', 'bob', punct='?')))
print(sorted([(2, 'b'), (1, 'z'), (2, 'a')], key=itemgetter(0)))
print(operator.index(7), operator.indexOf([4, 5, 6], 6), operator.countOf([1, 1, 2], 1), operator.length_hint([1, 2]))
print(operator.iadd([1], [2]), operator.is_(None, None), operator.getitem({'k': 1}, 'k'))

orig = [1, [2, 3], {'k': [4]}]
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
print(sh[1] is orig[1], dp[1] is orig[1], dp == orig, dp[2]['k'] is orig[2]['k'])
shared = [1]
pair = [shared, shared]
dpair = copy.deepcopy(pair)
print(dpair[0] is dpair[1], dpair[0] is shared)
rec = [1]
rec.append(rec)
drec = copy.deepcopy(rec)
print(drec[1] is drec, drec is not rec)
t = (1, 2, (3,))
print(copy.deepcopy(t) is t, copy.copy(t) is t)
class Point:
    def __init__(self, x, tags):
        self.x = x
        self.tags = tags
pt = Point(1, ['a'])
c1 = copy.copy(pt)
c2 = copy.deepcopy(pt)
print(type(c1).__name__, c1.tags is pt.tags, c2.tags is pt.tags, c2.tags == pt.tags)
class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        return Custom('copied ' + self.v)
    def __deepcopy__(self, memo):
        return Custom('deep ' + self.v + ' ' + str(type(memo).__name__))
print(copy.copy(Custom('a')).v, copy.deepcopy(Custom('b')).v)
memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(memo[id(x)] is y[0])

# CPython 3.11's output:
# expect: 2 4 4 0
# expect: [1, 2, 3, 4, 4, 4, 8]
# expect: 1
# expect: [(1, 'a'), (3, 'c'), (4, 'd'), (5, 'e')]
# expect: ValueError: lo must be non-negative
# expect: 1 [1, 2, 3, 5, 8, 9]
# expect: 1 True
# expect: 0 1 [3, 4, 7, 9, 10]
# expect: [9, 8, 5] [1, 3] ['a', 'bb']
# expect: [1, 2, 3, 4, 5, 6, 7, 8] [5, 4, 3, 1]
# expect: ['a', 'cc', 'bbb']
# expect: IndexError: index out of range
# expect: 5 aaa -4 False True
# expect: 6 ('a', 'c') operator.itemgetter(1, 'x')
# expect: 1 (1, 1) operator.attrgetter('x', 'child.x')
# expect: hi bob? operator.methodcaller('hello', 'bob', punct='?')
# expect: [(1, 'z'), (2, 'b'), (2, 'a')]
# expect: 7 2 2 2
# expect: [1, 2] True 1
# expect: True False True False
# expect: True False
# expect: True True
# expect: True True
# expect: Point True False True
# expect: copied a deep b dict
# expect: True
