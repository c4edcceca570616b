# Attribute caches shared by threads: several threads fill and refill one instruction's cache
# (more receiver classes than it keeps), while another thread keeps changing a class attribute;
# every read sees a value the attribute really had, and each phase sees the last change.
import threading


class Base:
    v = 0

    def get(self):
        return self.v


classes = [type("C%d" % i, (Base,), {"v": i}) for i in range(6)]
objs = [k() for k in classes] * 5


def read_all(results, slot):
    total = 0
    for _ in range(60):
        for o in objs:
            total += o.get() + o.v
    results[slot] = total


def phase():
    results = [None] * 3
    ts = [threading.Thread(target=read_all, args=(results, i)) for i in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return results


print(phase())
classes[2].v = 100
Base.get = lambda self: self.v * 2
print(phase())

# Readers while a writer flips a class attribute between two values.
class Flip:
    x = "a"


flips = [Flip() for _ in range(4)]
bad = []


def reader():
    for _ in range(2000):
        for f in flips:
            if f.x not in ("a", "b"):
                bad.append(f.x)


def writer():
    for i in range(4000):
        Flip.x = "b" if i % 2 == 0 else "a"


rs = [threading.Thread(target=reader) for _ in range(2)]
w = threading.Thread(target=writer)
for t in rs:
    t.start()
w.start()
w.join()
for t in rs:
    t.join()
print(bad, flips[0].x)

# expect: [9000, 9000, 9000]
# expect: [101700, 101700, 101700]
# expect: [] a
