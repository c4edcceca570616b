class C:
    @classmethod
    def m(cls): return cls.zz
C.m()
