class C:
    @property
    def p(self): return 1 / 0
print(C().p)
