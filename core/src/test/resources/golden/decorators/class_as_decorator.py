class Trace:
    def __init__(self, fn):
        self.fn = fn
        self.log = []

    def __call__(self, *args):
        self.log.append(args)
        return self.fn(*args)

@Trace
def mul(a, b):
    return a * b

print(mul(2, 3), mul(4, 5))  # expect: 6 20
print(mul.log)  # expect: [(2, 3), (4, 5)]
print(type(mul).__name__)  # expect: Trace
