class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self._len = 0
        for x in iterable:
            self.append(x)

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self._len += 1

    def prepend(self, value):
        self.head = Node(value, self.head)
        self._len += 1

    def remove(self, value):
        prev, cur = None, self.head
        while cur:
            if cur.value == value:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self._len -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f"{value!r} not in list")

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def __len__(self):
        return self._len

    def __getitem__(self, index):
        if index < 0:
            index += self._len
        if not 0 <= index < self._len:
            raise IndexError("linked list index out of range")
        for i, v in enumerate(self):
            if i == index:
                return v

    def __contains__(self, value):
        return any(v == value for v in self)

    def __repr__(self):
        return "LinkedList([" + " -> ".join(map(repr, self)) + "])"

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def __bool__(self):
        return self.head is not None


def merge_sorted(a, b):
    out = LinkedList()
    ia, ib = iter(a), iter(b)
    x, y = next(ia, None), next(ib, None)
    while x is not None or y is not None:
        if y is None or (x is not None and x <= y):
            out.append(x)
            x = next(ia, None)
        else:
            out.append(y)
            y = next(ib, None)
    return out


ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll))
ll.prepend(9)
ll.append(2)
print(ll, ll[0], ll[-1], ll[3])
ll.remove(1)
print(ll, 1 in ll, 7 in ll)
ll.reverse()
print(ll)
try:
    ll.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    ll[100]
except IndexError as e:
    print("IndexError:", e)
print(bool(LinkedList()), bool(ll), LinkedList("ab") == LinkedList(["a", "b"]))
print(merge_sorted(LinkedList([1, 4, 9]), LinkedList([2, 3, 10, 11])))
print(sorted(ll), sum(ll), max(ll), list(enumerate(ll))[:3])
words = LinkedList("the quick brown fox".split())
print(" ".join(w.capitalize() for w in words))
