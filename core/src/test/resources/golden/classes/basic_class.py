class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)

p = Point(3, 4)
print(p.x, p.y, p.norm2())  # expect: 3 4 25
q = p.moved(1)
print(q.x, q.y, p.x)  # expect: 4 4 3
p.z = 9
print(p.z)  # expect: 9
