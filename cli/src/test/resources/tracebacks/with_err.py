class C:
    def __enter__(self): raise OSError('e')
    def __exit__(self, *a): pass
with C() as c:
    pass
