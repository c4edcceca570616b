def logged(fn):
    def wrapper(self, *args):
        print(f"{type(self).__name__}.{fn.__name__}{args}")
        return fn(self, *args)
    return wrapper

class Calc:
    def __init__(self, base):
        self.base = base

    @logged
    def add(self, x):
        return self.base + x

c = Calc(10)
print(c.add(5))
# expect: Calc.add(5,)
# expect: 15
