# __format__ overridden on int and float subclasses (calling the builtin's through super()),
# object.__repr__ and dir() of a list subclass instance.
class M(int):
    def __format__(self, spec):
        return "M:" + super().__format__(spec)
print(f"{M(5):03d}", format(M(7)), "{:>3}".format(M(1)))
class L(list): pass
l = L([1]); l.extra = 1
print(object.__repr__(l)[:12], "extra" in dir(l), "append" in dir(l))
class F(float):
    def __format__(self, spec): return "F" + format(float(self), spec)
print(f"{F(1.5):.2f}")

# CPython 3.11's output:
# expect: M:005 M:7 M:  1
# expect: <__main__.L  True True
# expect: F1.50
