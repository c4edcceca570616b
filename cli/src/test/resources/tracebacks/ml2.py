class A:
    def m(self, x): return 1 / x
a = A()
r = (a
     .m(0))
