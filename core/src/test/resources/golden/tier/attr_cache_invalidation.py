# Attribute and method caches (per instruction, by the class's version tag) see every change that
# alters what `o.name` means: a class attribute assigned, a base's method replaced or deleted, the
# instance's class switched, its __dict__ edited, a descriptor or hook added after the first reads.


def read_x(o):
    return o.x


def call_m(o):
    return o.m()


def set_y(o, v):
    o.y = v


class Base:
    x = "base-x"

    def m(self):
        return "Base.m"


class Sub(Base):
    pass


class Other:
    x = "other-x"

    def m(self):
        return "Other.m"


s = Sub()
out = []
for step in range(8):
    out.append((read_x(s), call_m(s)))
    if step == 1:
        Sub.x = "sub-x"
    elif step == 2:
        Base.m = lambda self: "patched Base.m"
    elif step == 3:
        Sub.m = lambda self: "Sub.m"
    elif step == 4:
        del Sub.m
        del Sub.x
    elif step == 5:
        s.__class__ = Other
    elif step == 6:
        s.__class__ = Sub
        s.__dict__["x"] = "instance-x"
        s.__dict__["m"] = lambda: "instance m"
for row in out:
    print(row)
print(read_x(s), call_m(s))
s.__dict__.clear()
print(read_x(s), call_m(s))

# A data descriptor added to the class later wins over the instance dict, for reads and writes.
class P:
    pass


p = P()
seen = []
for step in range(4):
    set_y(p, step)
    seen.append(p.y)
    if step == 1:
        P.y = property(lambda self: "prop", lambda self, v: seen.append("set %s" % v))
print(seen, p.__dict__)


# A program's descriptor whose class gains __set__ later becomes a data descriptor.
class D:
    def __get__(self, obj, owner=None):
        return "D.__get__"


class Q:
    z = D()


q = Q()
q.__dict__["z"] = "instance z"
got = []
for step in range(3):
    got.append(q.z)
    if step == 0:
        D.__set__ = lambda self, obj, v: None
print(got)


# __getattr__ and __getattribute__ added after the first misses and reads.
class G:
    pass


class H(G):
    pass


h = H()
h.a = 1
res = []
for step in range(4):
    try:
        res.append((h.a, h.b))
    except AttributeError as e:
        res.append(("AttributeError", str(e)))
    if step == 0:
        G.__getattr__ = lambda self, name: "getattr " + name
    elif step == 1:
        G.__getattribute__ = lambda self, name: "getattribute " + name
    elif step == 2:
        del G.__getattribute__
print(res)


# __setattr__ added later: the next store goes through it.
class S:
    pass


t = S()
for step in range(3):
    set_y(t, step)
    if step == 0:
        S.__setattr__ = lambda self, name, v: object.__setattr__(self, name, v * 10)
print(t.y)


# Slots: member descriptors read, written and emptied through the same instructions.
class Sl:
    __slots__ = ("x", "y")


u = Sl()
u.x = "slot x"
vals = []
for step in range(3):
    try:
        vals.append(read_x(u))
    except AttributeError as e:
        vals.append(str(e))
    if step == 0:
        del u.x
    elif step == 1:
        u.x = "again"
print(vals)


# One instruction seeing many classes, some changed between rounds.
classes = [type("K%d" % i, (Base,), {"x": i}) for i in range(7)]
objs = [k() for k in classes]
rounds = []
for r in range(3):
    rounds.append([read_x(o) for o in objs] + [call_m(o) for o in objs[:2]])
    classes[3].x = "k3-%d" % r
    classes[0].m = lambda self, r=r: "K0.m %d" % r
for row in rounds:
    print(row)


# Methods of builtin types and of a subclass overriding them later.
class L(list):
    pass


def app(o, v):
    o.append(v)
    return len(o)


lst = L()
lens = []
for step in range(4):
    lens.append(app(lst, step))
    if step == 1:
        L.append = lambda self, v: list.append(self, v * 100)
print(lens, lst, app([], 1))


# Instances of one class whose dicts hold the same names at different places.
class Two:
    pass


a = Two()
a.p = 1
a.q = 2
b = Two()
b.q = 3
b.p = 4


def pq(o):
    return o.p, o.q


print([pq(o) for o in (a, b, a, b)])
del a.p
a.p = 5
for o in (a, b, a):
    o.q += 10
print(pq(a), pq(b), a.__dict__, b.__dict__)

# expect: ('base-x', 'Base.m')
# expect: ('base-x', 'Base.m')
# expect: ('sub-x', 'Base.m')
# expect: ('sub-x', 'patched Base.m')
# expect: ('sub-x', 'Sub.m')
# expect: ('base-x', 'patched Base.m')
# expect: ('other-x', 'Other.m')
# expect: ('instance-x', 'instance m')
# expect: instance-x instance m
# expect: base-x patched Base.m
# expect: [0, 1, 'set 2', 'prop', 'set 3', 'prop'] {'y': 1}
# expect: ['instance z', 'D.__get__', 'D.__get__']
# expect: [('AttributeError', "'H' object has no attribute 'b'"), (1, 'getattr b'), ('getattribute a', 'getattribute b'), (1, 'getattr b')]
# expect: 20
# expect: ['slot x', "'Sl' object has no attribute 'x'", 'again']
# expect: [0, 1, 2, 3, 4, 5, 6, 'patched Base.m', 'patched Base.m']
# expect: [0, 1, 2, 'k3-0', 4, 5, 6, 'K0.m 0', 'patched Base.m']
# expect: [0, 1, 2, 'k3-1', 4, 5, 6, 'K0.m 1', 'patched Base.m']
# expect: [1, 2, 3, 4] [0, 1, 200, 300] 1
# expect: [(1, 2), (4, 3), (1, 2), (4, 3)]
# expect: (5, 22) (4, 13) {'q': 22, 'p': 5} {'q': 13, 'p': 4}
