# A list subclass instance is a list: every list operation works on it, with an attribute
# dict for extra attributes; the methods it overrides are called where CPython calls them.
class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3).push(4)
list.append(s, 5)
s.name = "stack"
print(s, len(s), s.peek(), s[1:3], type(s[1:3]).__name__, s.name, s.__dict__)
print(repr(s), str(s), [x * 2 for x in s], sum(s), sorted(s, reverse=True), 3 in s)
print(isinstance(s, list), type(s).__name__, s == [1, 2, 3, 4, 5], list(s) == s)
s.sort(reverse=True)
s[0] = 50
del s[1]
s += [9]
print(s, type(s).__name__, s.pop(), s.index(2), s.count(2))
print(s + [0], type(s + [0]).__name__, type(s * 2).__name__)

class Scaled(list):
    def __init__(self, items, factor):
        super().__init__(items)
        self.factor = factor

    def __getitem__(self, i):
        return super().__getitem__(i) * self.factor

    def __len__(self):
        return super().__len__() + 100

    def __iter__(self):
        return (x * self.factor for x in super().__iter__())

    def __contains__(self, x):
        return x == "anything"

    def __setitem__(self, i, v):
        print("setitem", i, v)
        super().__setitem__(i, v)

    def __delitem__(self, i):
        print("delitem", i)
        super().__delitem__(i)

sc = Scaled([1, 2, 3], 10)
print(sc[0], len(sc), list(sc), "anything" in sc, 1 in sc, bool(sc))
sc[1] = 7
del sc[0]
print(list.__len__(sc), list.__getitem__(sc, 0), sc.factor)
print(sorted(sc), max(sc), [*sc])

class Repr(list):
    def __repr__(self):
        return "Repr(" + super().__repr__() + ")"

r = Repr([1, [2]])
print(r, [r], str(r), f"{r}")

class Eq(list):
    def __eq__(self, other):
        return "eq called"
    __hash__ = None

print(Eq([1]) == [2], Eq([1]) != [1])
try:
    hash(Stack())
except TypeError as e:
    print("TypeError:", e)

class Hashable(list):
    def __hash__(self):
        return 42

print(hash(Hashable([1])), {Hashable(): "v"}[Hashable()] if False else len({Hashable(): 1}))

# CPython 3.11's output:
# expect: [1, 2, 3, 4, 5] 5 5 [2, 3] list stack {'name': 'stack'}
# expect: [1, 2, 3, 4, 5] [1, 2, 3, 4, 5] [2, 4, 6, 8, 10] 15 [5, 4, 3, 2, 1] True
# expect: True Stack True True
# expect: [50, 3, 2, 1] Stack 9 2 1
# expect: [50, 3, 2, 1, 0] list list
# expect: 10 103 [10, 20, 30] True False True
# expect: setitem 1 7
# expect: delitem 0
# expect: 2 7 10
# expect: [30, 70] 70 [70, 30]
# expect: Repr([1, [2]]) [Repr([1, [2]])] Repr([1, [2]]) Repr([1, [2]])
# expect: eq called False
# expect: TypeError: unhashable type: 'Stack'
# expect: 42 1
