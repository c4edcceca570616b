class Adder:
    def __init__(self, base):
        self.base = base
        self.calls = 0

    def __call__(self, x, y=0):
        self.calls += 1
        return self.base + x + y

add5 = Adder(5)
print(add5(1), add5(1, y=10), add5.calls)  # expect: 6 16 2
print(callable(add5), list(map(add5, [1, 2])))  # expect: True [6, 7]
try:
    n = 5
    n()
except TypeError as e:
    print(e)  # expect: 'int' object is not callable
