# Builtin exception types each have their own __init__ (and most their own __new__), as in
# CPython: super().__init__ in a class with several exception bases stops at the first of them.
import builtins
class A(OSError):
    def __init__(s, *a):
        super().__init__(*a)
class B(ValueError):
    def __init__(s, x, y):
        pass
class C(A, B):
    pass
c = C(1)
print(type(c).__name__, c.args, [k.__name__ for k in C.__mro__])
names = sorted(n for n in dir(builtins)
               if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException))
for n in names:
    t = getattr(builtins, n)
    print(n, '__init__' in t.__dict__, '__new__' in t.__dict__)
class E(KeyError):
    def __init__(self, k, extra):
        super().__init__(k)
        self.extra = extra
e = E("k", 5)
print(repr(e), str(e), e.args, e.extra)
class F(OSError): pass
f = F(2, "No such file", "x.txt")
print(type(f).__name__, f.errno, f.strerror, f.filename, f.args, str(f))
print(type(OSError(2, "x")).__name__)
try:
    ValueError(x=1)
except TypeError as t: print(t)
class G(ValueError):
    def __init__(self, *a, **k):
        super().__init__(*a)
        self.k = k
print(G(1, a=2).k, G(1).args)
class H(Exception):
    def __new__(cls, *a):
        o = super().__new__(cls, *a)
        o.tag = "n"
        return o
print(H(1, 2).args, H(3).tag)
print(StopIteration(5).value, SystemExit(3).code)
eg = ExceptionGroup("m", [ValueError(1)])
print(eg.args, eg.exceptions)
class MyEG(ExceptionGroup):
    pass
print(MyEG("z", [TypeError()]).args)
print(ReferenceError("r"), UnicodeTranslateError, issubclass(ProcessLookupError, OSError))
import os as errno; errno.ESRCH=3; errno.ECHILD=10
print(type(OSError(errno.ESRCH, "x")).__name__, type(OSError(errno.ECHILD, "x")).__name__)
# expect: C (1,) ['C', 'A', 'OSError', 'B', 'ValueError', 'Exception', 'BaseException', 'object']
# expect: ArithmeticError True True
# expect: AssertionError True True
# expect: AttributeError True False
# expect: BaseException True True
# expect: BaseExceptionGroup True True
# expect: BlockingIOError True False
# expect: BrokenPipeError True False
# expect: BufferError True True
# expect: BytesWarning True True
# expect: ChildProcessError True False
# expect: ConnectionAbortedError True False
# expect: ConnectionError True False
# expect: ConnectionRefusedError True False
# expect: ConnectionResetError True False
# expect: DeprecationWarning True True
# expect: EOFError True True
# expect: EncodingWarning True True
# expect: EnvironmentError True True
# expect: Exception True True
# expect: ExceptionGroup False False
# expect: FileExistsError True False
# expect: FileNotFoundError True False
# expect: FloatingPointError True True
# expect: FutureWarning True True
# expect: GeneratorExit True True
# expect: IOError True True
# expect: ImportError True False
# expect: ImportWarning True True
# expect: IndentationError True False
# expect: IndexError True True
# expect: InterruptedError True False
# expect: IsADirectoryError True False
# expect: KeyError True False
# expect: KeyboardInterrupt True True
# expect: LookupError True True
# expect: MemoryError True True
# expect: ModuleNotFoundError True False
# expect: NameError True False
# expect: NotADirectoryError True False
# expect: NotImplementedError True True
# expect: OSError True True
# expect: OverflowError True True
# expect: PendingDeprecationWarning True True
# expect: PermissionError True False
# expect: ProcessLookupError True False
# expect: RecursionError True True
# expect: ReferenceError True True
# expect: ResourceWarning True True
# expect: RuntimeError True True
# expect: RuntimeWarning True True
# expect: StopAsyncIteration True True
# expect: StopIteration True False
# expect: SyntaxError True False
# expect: SyntaxWarning True True
# expect: SystemError True True
# expect: SystemExit True False
# expect: TabError True False
# expect: TimeoutError True False
# expect: TypeError True True
# expect: UnboundLocalError True False
# expect: UnicodeDecodeError True True
# expect: UnicodeEncodeError True True
# expect: UnicodeError True True
# expect: UnicodeTranslateError True True
# expect: UnicodeWarning True True
# expect: UserWarning True True
# expect: ValueError True True
# expect: Warning True True
# expect: ZeroDivisionError True True
# expect: E('k') 'k' ('k',) 5
# expect: F 2 No such file x.txt (2, 'No such file') [Errno 2] No such file: 'x.txt'
# expect: FileNotFoundError
# expect: ValueError() takes no keyword arguments
# expect: {'a': 2} (1,)
# expect: (1, 2) n
# expect: 5 3
# expect: ('m', [ValueError(1)]) (ValueError(1),)
# expect: ('z', [TypeError()])
# expect: r <class 'UnicodeTranslateError'> True
# expect: ProcessLookupError ChildProcessError
