# copy and deepcopy of instances of builtin-type subclasses and of classes with __slots__.
import copy
class L2(list):
    pass
x = L2([1, [2]]); x.b = 2
z = copy.copy(x)
print(type(z).__name__, z, vars(z), z[1] is x[1])
w = copy.deepcopy(x)
print(type(w).__name__, w, vars(w), w[1] is x[1])
class L(list):
    __slots__ = ("a",)
class L3(L):
    pass
x = L3([1, 2]); x.a = 'slot'; x.b = 2
z = copy.copy(x)
print(type(z).__name__, z, vars(z), z.a)
class Counts(dict):
    def total(self):
        return sum(self.values())
c = Counts(a=1, b=2); c.label = "c"
c2 = copy.deepcopy(c)
print(type(c2).__name__, c2, c2.total(), c2.label)
class Tags(set):
    pass
t = copy.copy(Tags([3]))
print(type(t).__name__, t)
class Name(str):
    pass
n = Name("bob"); n.kind = "first"
n2 = copy.copy(n)
print(type(n2).__name__, n2, n2.kind)
class P(tuple):
    pass
p = copy.deepcopy(P(([1], 2)))
print(type(p).__name__, p)
class Point:
    __slots__ = ("x", "__y")
    def __init__(self, x, y):
        self.x = x
        self.__y = y
    def y(self):
        return self.__y
q = copy.deepcopy(Point(1, [2]))
print(type(q).__name__, q.x, q.y())
class Temp(float):
    pass
print(type(copy.copy(Temp(2.5))).__name__, copy.copy(Temp(2.5)))
# expect: L2 [1, [2]] {'b': 2} True
# expect: L2 [1, [2]] {'b': 2} False
# expect: L3 [1, 2] {'b': 2} slot
# expect: Counts {'a': 1, 'b': 2} 3 c
# expect: Tags Tags({3})
# expect: Name bob first
# expect: P ([1], 2)
# expect: Point 1 [2]
# expect: Temp 2.5
