# inspect: the predicates, getmembers, signature (str, parameters, bind), getdoc, cleandoc,
# getmodule, currentframe, as everyday programs use them.
import functools
import inspect
import sys


def plain(a, b=2, *args, c, d=4, **kw):
    """Adds things.

        Indented detail.
    """
    return a


def annotated(x: int, y: str = "s", /, z: "list[int]" = None, *, flag: bool = False) -> dict:
    return {}


def gen():
    yield 1


async def coro():
    return 1


class Base:
    """Base docs."""

    attr = 1

    def method(self, n):
        """Method docs."""
        return n

    @classmethod
    def build(cls, value=0):
        return cls()

    @staticmethod
    def helper(q):
        return q

    @property
    def prop(self):
        return 5


class Child(Base):
    def __init__(self, name, *, size=1):
        self.name = name

    def method(self, n):
        return n + 1


def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        return f(*a, **k)
    return wrapper


@deco
def wrapped(p, q=3):
    pass


print(inspect.isfunction(plain), inspect.isfunction(len), inspect.isfunction(Base.method))
print(inspect.ismethod(Base().method), inspect.ismethod(Base.build), inspect.ismethod(plain))
print(inspect.isclass(Base), inspect.isclass(Base()), inspect.ismodule(sys), inspect.ismodule(plain))
print(inspect.isgenerator(gen()), inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(plain))
print(inspect.iscoroutinefunction(coro), inspect.iscoroutinefunction(gen))
c = coro()
print(inspect.iscoroutine(c), inspect.isawaitable(c))
c.close()
print(inspect.isbuiltin(len), inspect.isbuiltin(plain), inspect.isbuiltin([].append))
print(inspect.isroutine(len), inspect.isroutine(plain), inspect.isroutine(Base().method), inspect.isroutine(1))
print([n for n, v in inspect.getmembers(Base) if not n.startswith("__")])
print([n for n, v in inspect.getmembers(Child("x"), inspect.ismethod)])
print([n for n, v in inspect.getmembers(Child, inspect.isfunction)])
print(inspect.getmembers(Child("x"), lambda v: isinstance(v, str)))

for f in (plain, annotated, gen, Base.method, Base().method, Base.build, Base.helper, Child,
          wrapped, lambda *, k: k, functools.partial(plain, 1, c=3)):
    print(inspect.signature(f))

sig = inspect.signature(plain)
print(sig, repr(sig))
print(list(sig.parameters), [str(p.kind) for p in sig.parameters.values()])
p = sig.parameters["b"]
print(p, repr(p), p.name, p.default, p.kind, p.kind.description, p.annotation is inspect.Parameter.empty)
print(inspect.signature(annotated).return_annotation, inspect.signature(annotated).parameters["x"].annotation)
ba = sig.bind(1, 2, 3, 4, c=5, e=6)
print(ba, ba.args, ba.kwargs, ba.arguments)
ba = sig.bind(10, c=1)
ba.apply_defaults()
print(ba)
for args, kwargs in [((), {}), ((1,), {}), ((1,), {"c": 1, "a": 2}), ((1, 2), {"c": 1, "b": 2})]:
    try:
        sig.bind(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    inspect.signature(lambda a, /: a).bind(a=1)
except TypeError as e:
    print("TypeError:", e)
print(inspect.signature(lambda x, y: 0).bind_partial(y=2))
params = [inspect.Parameter("a", inspect.Parameter.POSITIONAL_ONLY),
          inspect.Parameter("b", inspect.Parameter.KEYWORD_ONLY, default=1, annotation=int)]
made = inspect.Signature(params, return_annotation=str)
print(made, made == inspect.Signature(params, return_annotation=str))
print(made.replace(return_annotation=inspect.Signature.empty))
try:
    inspect.Signature([params[1], params[0]])
except ValueError as e:
    print("ValueError:", e)
try:
    inspect.signature(1)
except TypeError as e:
    print("TypeError:", e)

print(repr(inspect.getdoc(plain)))
print(inspect.getdoc(Base), inspect.getdoc(Child.method), inspect.getdoc(Child("x").method))
print(repr(inspect.cleandoc("  first\n      second\n        third\n\n")))
print(inspect.getmodule(plain).__name__, inspect.getmodule(inspect.signature) is inspect, inspect.getmodule(sys) is sys)
def where():
    frame = inspect.currentframe()
    return frame.f_code.co_name, frame.f_back.f_code.co_name
print(where())
print(inspect.stack()[0].function, inspect.stack()[0][3])
print(inspect.unwrap(wrapped) is wrapped.__wrapped__)
print(inspect.getfullargspec(plain))

# Output of CPython 3.11:
# expect: True False True
# expect: True True False
# expect: True False True False
# expect: True True False
# expect: True False
# expect: True True
# expect: True False True
# expect: True True True False
# expect: ['attr', 'build', 'helper', 'method', 'prop']
# expect: ['__init__', 'build', 'method']
# expect: ['__init__', 'helper', 'method']
# expect: [('__module__', '__main__'), ('name', 'x')]
# expect: (a, b=2, *args, c, d=4, **kw)
# expect: (x: int, y: str = 's', /, z: 'list[int]' = None, *, flag: bool = False) -> dict
# expect: ()
# expect: (self, n)
# expect: (n)
# expect: (value=0)
# expect: (q)
# expect: (name, *, size=1)
# expect: (p, q=3)
# expect: (*, k)
# expect: (b=2, *args, c=3, d=4, **kw)
# expect: (a, b=2, *args, c, d=4, **kw) <Signature (a, b=2, *args, c, d=4, **kw)>
# expect: ['a', 'b', 'args', 'c', 'd', 'kw'] ['POSITIONAL_OR_KEYWORD', 'POSITIONAL_OR_KEYWORD', 'VAR_POSITIONAL', 'KEYWORD_ONLY', 'KEYWORD_ONLY', 'VAR_KEYWORD']
# expect: b=2 <Parameter "b=2"> b 2 POSITIONAL_OR_KEYWORD positional or keyword True
# expect: <class 'dict'> <class 'int'>
# expect: <BoundArguments (a=1, b=2, args=(3, 4), c=5, kw={'e': 6})> (1, 2, 3, 4) {'c': 5, 'e': 6} {'a': 1, 'b': 2, 'args': (3, 4), 'c': 5, 'kw': {'e': 6}}
# expect: <BoundArguments (a=10, b=2, args=(), c=1, d=4, kw={})>
# expect: TypeError: missing a required argument: 'a'
# expect: TypeError: missing a required argument: 'c'
# expect: TypeError: multiple values for argument 'a'
# expect: TypeError: multiple values for argument 'b'
# expect: TypeError: 'a' parameter is positional only, but was passed as a keyword
# expect: <BoundArguments (y=2)>
# expect: (a, /, *, b: int = 1) -> str True
# expect: (a, /, *, b: int = 1)
# expect: ValueError: wrong parameter order: keyword-only parameter before positional-only parameter
# expect: TypeError: 1 is not a callable object
# expect: 'Adds things.\n\nIndented detail.'
# expect: Base docs. Method docs. Method docs.
# expect: 'first\nsecond\n  third'
# expect: __main__ True True
# expect: ('where', '<module>')
# expect: <module> <module>
# expect: True
# expect: FullArgSpec(args=['a', 'b'], varargs='args', varkw='kw', defaults=(2,), kwonlyargs=['c', 'd'], kwonlydefaults={'d': 4}, annotations={})
