# except* and exception groups: matching, naked exceptions, raising and re-raising in handlers.
import sys
def run(f):
    try:
        f()
    except BaseException as e:
        print("escaped:", repr(e))

def t1():
    try:
        raise ExceptionGroup("batch", [ValueError("a"), TypeError("b"), ValueError("c")])
    except* ValueError as eg:
        print("value errors:", [str(e) for e in eg.exceptions], repr(eg))
    except* TypeError as eg:
        print("type errors:", repr(eg), repr(sys.exc_info()[1]))
run(t1)

def t2():
    try:
        raise ExceptionGroup("batch", [ValueError("a"), KeyError("k")])
    except* ValueError:
        print("handled value")
run(t2)

def t3():
    try:
        raise ValueError("naked")
    except* ValueError as eg:
        print("naked caught as", repr(eg))
run(t3)

def t4():
    try:
        raise KeyError("naked")
    except* ValueError as eg:
        print("not here")
run(t4)

def t5():
    try:
        raise ExceptionGroup("g", [ValueError("a"), TypeError("b")])
    except* ValueError:
        raise RuntimeError("new")
run(t5)

def t6():
    try:
        raise ExceptionGroup("g", [ValueError("a"), TypeError("b")])
    except* ValueError:
        raise
run(t6)

def t7():
    try:
        raise ExceptionGroup("g", [ValueError("a"), ExceptionGroup("h", [TypeError("b"), OSError("c")])])
    except* (TypeError, OSError) as eg:
        print("tuple match:", repr(eg))
run(t7)

def t8():
    try:
        try:
            raise ExceptionGroup("g", [ValueError("a")])
        except* ValueError as e:
            print("inner", repr(e))
            raise KeyError("from handler")
    except* KeyError as e2:
        print("outer", repr(e2), repr(e2.exceptions[0].__context__))
run(t8)

def t9():
    try:
        print("no exception")
    except* ValueError:
        print("never")
    else:
        print("else runs")
    finally:
        print("finally runs")
run(t9)

def t10():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ExceptionGroup:
        pass
run(t10)

def t11():
    for i in range(2):
        try:
            raise ExceptionGroup("g", [ValueError(i)])
        except* ValueError as e:
            print("loop", i, repr(e))
    print("e unbound:", "e" not in locals())
run(t11)

for src in ["try:\n  pass\nexcept ValueError:\n  pass\nexcept* TypeError:\n  pass\n",
            "try:\n  pass\nexcept*:\n  pass\n",
            "for x in y:\n try:\n  pass\n except* A:\n  break\n",
            "def f():\n try:\n  pass\n except* A:\n  return 1\n"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)
e = ValueError("x")
e.add_note("note one")
e.add_note("note two")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print(err)
# expect: value errors: ['a', 'c'] ExceptionGroup('batch', [ValueError('a'), ValueError('c')])
# expect: type errors: ExceptionGroup('batch', [TypeError('b')]) ExceptionGroup('batch', [TypeError('b')])
# expect: handled value
# expect: escaped: ExceptionGroup('batch', [KeyError('k')])
# expect: naked caught as ExceptionGroup('', (ValueError('naked'),))
# expect: escaped: KeyError('naked')
# expect: escaped: ExceptionGroup('', [RuntimeError('new'), ExceptionGroup('g', [TypeError('b')])])
# expect: escaped: ExceptionGroup('g', [ValueError('a'), TypeError('b')])
# expect: tuple match: ExceptionGroup('g', [ExceptionGroup('h', [TypeError('b'), OSError('c')])])
# expect: escaped: ExceptionGroup('g', [ValueError('a')])
# expect: inner ExceptionGroup('g', [ValueError('a')])
# expect: outer ExceptionGroup('', (KeyError('from handler'),)) ExceptionGroup('g', [ValueError('a')])
# expect: no exception
# expect: else runs
# expect: finally runs
# expect: escaped: TypeError('catching ExceptionGroup with except* is not allowed. Use except instead.')
# expect: loop 0 ExceptionGroup('g', [ValueError(0)])
# expect: loop 1 ExceptionGroup('g', [ValueError(1)])
# expect: e unbound: True
# expect: SyntaxError: cannot have both 'except' and 'except*' on the same 'try' 5 1
# expect: SyntaxError: expected one or more exception types 3 8
# expect: SyntaxError: 'break', 'continue' and 'return' cannot appear in an except* block 5 3
# expect: SyntaxError: 'break', 'continue' and 'return' cannot appear in an except* block 5 10
# expect: ['note one', 'note two']
# expect: note must be a str, not 'int'
