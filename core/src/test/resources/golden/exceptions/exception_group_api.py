# BaseExceptionGroup/ExceptionGroup: construction checks, split, subgroup, derive, subclasses.
def show(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ":", e)
show(lambda: BaseExceptionGroup("m", [ValueError(1)]))
show(lambda: BaseExceptionGroup("m", [KeyboardInterrupt()]))
show(lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
show(lambda: ExceptionGroup(1, [ValueError()]))
show(lambda: ExceptionGroup("m", []))
show(lambda: ExceptionGroup("m", 5))
show(lambda: ExceptionGroup("m", [1]))
show(lambda: ExceptionGroup("m"))
eg = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")]), KeyError("k")])
print(eg, eg.message, eg.exceptions, eg.args)
print(type(eg).__mro__, ExceptionGroup.__module__)
m, r = eg.split(ValueError); print(repr(m)); print(repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
print(eg.subgroup(OSError), eg.split((OSError, IndexError)))
print(repr(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner")))
d = eg.derive([ValueError(9)]); print(repr(d), type(d))
print(eg.split(ExceptionGroup)[0] is eg)
class MyEG(ExceptionGroup):
    pass
x = MyEG("mine", [ValueError(1), TypeError(2)])
print(repr(x.split(ValueError)[0]), type(x.split(ValueError)[0]))
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup), ExceptionGroup[int])
try:
    raise eg
except ExceptionGroup as e:
    try:
        e.split(ValueError)
    except Exception as q:
        print("?")
    s = e.split(ValueError)[0]
    print(s.__traceback__ is not None, s.__context__, s.__cause__)
# expect: ExceptionGroup('m', [ValueError(1)])
# expect: BaseExceptionGroup('m', [KeyboardInterrupt()])
# expect: TypeError: Cannot nest BaseExceptions in an ExceptionGroup
# expect: TypeError: BaseExceptionGroup.__new__() argument 1 must be str, not int
# expect: ValueError: second argument (exceptions) must be a non-empty sequence
# expect: TypeError: second argument (exceptions) must be a sequence
# expect: ValueError: Item 0 of second argument (exceptions) is not an exception
# expect: TypeError: BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)
# expect: outer (3 sub-exceptions) outer (ValueError('a'), ExceptionGroup('inner', [TypeError('b'), ValueError('c')]), KeyError('k')) ('outer', [ValueError('a'), ExceptionGroup('inner', [TypeError('b'), ValueError('c')]), KeyError('k')])
# expect: (<class 'ExceptionGroup'>, <class 'BaseExceptionGroup'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>) builtins
# expect: ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [ValueError('c')])])
# expect: ExceptionGroup('outer', [ExceptionGroup('inner', [TypeError('b')]), KeyError('k')])
# expect: ExceptionGroup('outer', [ExceptionGroup('inner', [TypeError('b')])])
# expect: None (None, ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [TypeError('b'), ValueError('c')]), KeyError('k')]))
# expect: ExceptionGroup('outer', [ExceptionGroup('inner', [TypeError('b'), ValueError('c')])])
# expect: ExceptionGroup('outer', [ValueError(9)]) <class 'ExceptionGroup'>
# expect: True
# expect: ExceptionGroup('mine', [ValueError(1)]) <class 'ExceptionGroup'>
# expect: True True ExceptionGroup[int]
# expect: True None None
