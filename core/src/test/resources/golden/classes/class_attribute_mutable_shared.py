class Bag:
    items = []

    def add(self, x):
        self.items.append(x)

class Own:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)

a, b = Bag(), Bag()
a.add(1)
b.add(2)
print(a.items, b.items, a.items is b.items)  # expect: [1, 2] [1, 2] True
c, d = Own(), Own()
c.add(1)
d.add(2)
print(c.items, d.items)  # expect: [1] [2]
