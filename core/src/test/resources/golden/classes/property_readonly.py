class Circle:
    def __init__(self, r):
        self.r = r

    @property
    def area(self):
        return 3 * self.r * self.r

c = Circle(2)
print(c.area)  # expect: 12
c.r = 3
print(c.area)  # expect: 27
c.area = 5
# expect error: AttributeError: property 'area' of 'Circle' object has no setter
