class Counter:
    def __init__(self):
        self.n = 0

    def tick(self):
        self.n += 1
        return self.n

c = Counter()
t = c.tick
t()
t()
print(c.n)  # expect: 2
unbound = Counter.tick
print(unbound(c))  # expect: 3
calls = [Counter().tick for _ in range(2)]
print([f() for f in calls])  # expect: [1, 1]
