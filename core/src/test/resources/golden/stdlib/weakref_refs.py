import weakref

class Node:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Node({self.name})"

events = []
n = Node("a")
r = weakref.ref(n)
r2 = weakref.ref(n, lambda ref: events.append(("callback", ref() is None)))
print(r() is n, r2() is n, weakref.getweakrefcount(n), r is weakref.ref(n), r2 is not r)
del n
print(r(), events, r2() is None)

def f():
    pass
fr = weakref.ref(f)
print(fr() is f)
del f
print(fr())

for bad in (1, "s", (1,), [1], {1: 2}):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError:", e)

cache = weakref.WeakValueDictionary()
a, b = Node("x"), Node("y")
cache["x"] = a
cache["y"] = b
print(sorted(cache), cache["x"], len(cache), "y" in cache)
del b
print(sorted(cache), len(cache), cache.get("y"), "y" in cache)
try:
    cache["y"]
except KeyError as e:
    print("KeyError:", e)

meta = weakref.WeakKeyDictionary()
k1, k2 = Node("k1"), Node("k2")
meta[k1] = 1
meta[k2] = 2
print(len(meta), meta[k1], k2 in meta)
del k1
print(len(meta), [k.name for k in meta])

ws = weakref.WeakSet()
s1, s2 = Node("s1"), Node("s2")
ws.add(s1)
ws.add(s2)
print(len(ws), s1 in ws)
del s2
print(len(ws), [x.name for x in ws])

log = []
obj = Node("fin")
fin = weakref.finalize(obj, log.append, "finalized")
print(fin.alive, log)
del obj
print(fin.alive, log)
obj2 = Node("early")
fin2 = weakref.finalize(obj2, log.append, "called early")
print(fin2(), fin2.alive, fin2(), log)
obj3 = Node("detached")
fin3 = weakref.finalize(obj3, log.append, "never")
print(fin3.detach()[0], fin3.alive)
del obj3
print(log)
end = Node("at exit")
weakref.finalize(end, print, "finalizer ran at exit")
print("end of program")

# CPython 3.11's output:
# expect: True True 2 True True
# expect: None [('callback', True)] True
# expect: True
# expect: None
# expect: TypeError: cannot create weak reference to 'int' object
# expect: TypeError: cannot create weak reference to 'str' object
# expect: TypeError: cannot create weak reference to 'tuple' object
# expect: TypeError: cannot create weak reference to 'list' object
# expect: TypeError: cannot create weak reference to 'dict' object
# expect: ['x', 'y'] Node(x) 2 True
# expect: ['x'] 1 None False
# expect: KeyError: 'y'
# expect: 2 1 True
# expect: 1 ['k2']
# expect: 2 True
# expect: 1 ['s1']
# expect: True []
# expect: False ['finalized']
# expect: None False None ['finalized', 'called early']
# expect: Node(detached) False
# expect: ['finalized', 'called early']
# expect: end of program
# expect: finalizer ran at exit
