# __del__ runs when the last reference goes (del, rebinding, a dropped temporary, list.clear
# last item first), once per object even when it resurrects itself; an exception in it is
# reported and ignored.
class D:
    def __init__(self, n): self.n = n
    def __del__(self):
        print("del", self.n)
d = D(1)
del d
print("after del")
x = D(2)
x = None
def f():
    D(3)
    print("in f")
f()
l = [D(4), D(5)]
l.clear()
class Bad:
    def __del__(self):
        1 / 0
Bad()
print("still running")
keep = []
class Phoenix:
    def __del__(self):
        print("resurrected")
        keep.append(self)
Phoenix()
print(len(keep))
keep.clear()
print("end")
class Sub(D): pass
s = Sub(6)
del s

# CPython 3.11's output:
# expect: del 1
# expect: after del
# expect: del 2
# expect: del 3
# expect: in f
# expect: del 5
# expect: del 4
# expect: still running
# expect: resurrected
# expect: 1
# expect: end
# expect: del 6
# expect stderr: ZeroDivisionError: division by zero
