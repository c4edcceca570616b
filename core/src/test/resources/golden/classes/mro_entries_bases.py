# __mro_entries__ on class bases; type() refuses them.
class Base:
    def hello(self): return "hello from Base"
class Fake:
    def __mro_entries__(self, bases):
        print("mro_entries called with", len(bases), "bases")
        return (Base,)
class C(Fake()):
    pass
print(C.__bases__, C.__mro__, C().hello())
print(C.__orig_bases__[0].__class__.__name__)
class Two:
    def __mro_entries__(self, bases):
        return ()
class E(Two(), Base):
    pass
print(E.__bases__)
import types
print(types.resolve_bases((Fake(), int)))
try:
    type("X", (Fake(),), {})
except TypeError as e:
    print("TypeError:", e)
# expect: mro_entries called with 1 bases
# expect: (<class '__main__.Base'>,) (<class '__main__.C'>, <class '__main__.Base'>, <class 'object'>) hello from Base
# expect: Fake
# expect: (<class '__main__.Base'>,)
# expect: mro_entries called with 2 bases
# expect: (<class '__main__.Base'>, <class 'int'>)
# expect: TypeError: type() doesn't support MRO entry resolution; use types.new_class()
