# Method calls on instances: attribute lookup through the class, bound arguments, instance dicts.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Counter:
    def __init__(self):
        self.value = 0

    def bump(self, k):
        self.value += k
        return self.value


def run(n):
    c = Counter()
    v = Vector(0, 0)
    step = Vector(1, 2)
    total = 0
    for i in range(n):
        c.bump(i)
        v = v.add(step)
        total += v.dot(step)
    return c.value, v.x, v.y, total


print(run(200_000))  # expect: (19999900000, 200000, 400000, 100000500000)
