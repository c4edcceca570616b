class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def __len__(self):
        return len(self.items)

s = Stack()
print(len(s), bool(s))  # expect: 0 False
if not s:
    print("empty")  # expect: empty
s.push(1)
s.push(2)
print(len(s), bool(s))  # expect: 2 True
print("yes" if s else "no")  # expect: yes
