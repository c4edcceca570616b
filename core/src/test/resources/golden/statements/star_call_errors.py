# ** with any mapping, and the errors of * and ** in calls and displays.
def fn(*a, **k): return a, k
class M:
    def keys(self): return ["a", "b"]
    def __getitem__(self, k): return k.upper()
print(fn(**M()), {**M()})
for call in ["fn(*5)", "fn(**5)", "print(**{'sep': 1}, **{'sep': 2})", "fn(**{1: 2})", "[*5]", "{**5}", "fn(*None)"]:
    try: eval(call)
    except TypeError as e: print(e)
class C:
    def m(self, **k): pass
try: C().m(**{"a": 1}, **{"a": 2})
except TypeError as e: print(e)

# Output of CPython 3.11:
# expect: ((), {'a': 'A', 'b': 'B'}) {'a': 'A', 'b': 'B'}
# expect: __main__.fn() argument after * must be an iterable, not int
# expect: __main__.fn() argument after ** must be a mapping, not int
# expect: print() got multiple values for keyword argument 'sep'
# expect: keywords must be strings
# expect: Value after * must be an iterable, not int
# expect: 'int' object is not a mapping
# expect: __main__.fn() argument after * must be an iterable, not NoneType
# expect: __main__.C.m() got multiple values for keyword argument 'a'
