class Node:
    created = 0

    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt
        type(self).created += 1

    @classmethod
    def chain(cls, *values):
        head = None
        for v in reversed(values):
            head = cls(v, head)
        return head

head = Node.chain(1, 2, 3)
out = []
while head is not None:
    out.append(head.value)
    head = head.next
print(out, Node.created)  # expect: [1, 2, 3] 3
