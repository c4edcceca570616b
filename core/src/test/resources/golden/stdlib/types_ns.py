import types
from types import SimpleNamespace

ns = SimpleNamespace(x=1, y="two")
ns.z = [3]
print(ns, ns.x, ns == SimpleNamespace(x=1, y="two", z=[3]), ns != SimpleNamespace())
print(SimpleNamespace(b=2), SimpleNamespace())
try:
    SimpleNamespace({"a": 1})
except TypeError as e:
    print("TypeError:", e)
del ns.y
print(vars(ns), repr(SimpleNamespace(k=SimpleNamespace(v=1))))
def f():
    pass
def g():
    yield 1
class C:
    def m(self):
        pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(g(), types.GeneratorType))
print(isinstance(C().m, types.MethodType), isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType))
print(types.NoneType is type(None), type(NotImplemented) is types.NotImplementedType, types.EllipsisType is type(...))
print(isinstance(list[int], types.GenericAlias), isinstance(int | str, types.UnionType))
Dyn = types.new_class("Dyn", (C,), exec_body=lambda ns: ns.update({"v": 5}))
print(Dyn.__name__, Dyn.v, issubclass(Dyn, C))
m = types.ModuleType("made")
m.attr = 1
print(m.__name__, m.attr)

# CPython 3.11's output:
# expect: namespace(x=1, y='two', z=[3]) 1 True True
# expect: namespace(b=2) namespace()
# expect: TypeError: no positional arguments expected
# expect: {'x': 1, 'z': [3]} namespace(k=namespace(v=1))
# expect: True True True
# expect: True True True
# expect: True True True
# expect: True True
# expect: Dyn 5 True
# expect: made 1
