"""Several interpreters in one process (PEP 734; CPython 3.14's concurrent.interpreters).

Each interpreter is a separate gilvm interpreter in this JVM, with its own modules, its own
__main__, and its own instance of the lock strategy and of the memory strategy: two threads
running CPU-bound code in two interpreters hold two different locks, so under a GIL they run in
parallel. Nothing is shared: a callable, its arguments and its result are copied by pickle (a
function that uses no globals travels as its code), and an exception the code does not handle
comes back as ExecutionFailed, which describes it.

Running in an interpreter happens on the calling thread, which meanwhile releases its own
interpreter's lock; call_in_thread() runs in a new thread instead.
"""

import io as _io
import pickle as _pickle
import sys as _sys
import threading as _threading
import types as _types
import _interpreters

__all__ = [
    "get_current", "get_main", "create", "list_all", "Interpreter", "InterpreterError",
    "InterpreterNotFoundError", "ExecutionFailed", "NotShareableError",
]


class InterpreterError(Exception):
    """A cross-interpreter operation failed."""


class InterpreterNotFoundError(InterpreterError):
    """An interpreter was not found."""


class NotShareableError(TypeError):
    """An object cannot be sent to another interpreter."""


class ExecutionFailed(InterpreterError):
    """Code run in another interpreter raised an exception it did not handle.

    excinfo describes it: type (with __name__, __qualname__ and __module__), msg, formatted (the
    last line of its report) and errdisplay (the whole report).
    """

    def __init__(self, excinfo):
        summary = excinfo.formatted
        if not summary:
            summary = f"{excinfo.type.__name__}: {excinfo.msg}" if excinfo.msg else excinfo.type.__name__
        super().__init__(summary)
        self.excinfo = excinfo

    def __str__(self):
        summary = super().__str__()
        display = getattr(self.excinfo, "errdisplay", None)
        if not display:
            return summary
        return f"{summary}\n\nUncaught in the interpreter:\n\n{display}"


# The runtime raises these by name.
_interpreters.InterpreterError = InterpreterError
_interpreters.InterpreterNotFoundError = InterpreterNotFoundError


def _excinfo(info):
    name, qualname, module, msg, formatted, errdisplay = info
    kind = _types.SimpleNamespace(__name__=name, __qualname__=qualname, __module__=module)
    return _types.SimpleNamespace(type=kind, msg=msg, formatted=formatted, errdisplay=errdisplay)


def _code_names(code):
    names = set(code.co_names)
    for const in code.co_consts:
        if isinstance(const, _types.CodeType):
            names |= _code_names(const)
    return names


def _is_stateless(fn):
    """A function that needs nothing of its module: no closure, no defaults, no globals."""
    if type(fn) is not _types.FunctionType:
        return False
    if fn.__closure__ or fn.__defaults__ or getattr(fn, "__kwdefaults__", None):
        return False
    g = fn.__globals__
    return not any(name in g for name in _code_names(fn.__code__))


class _Pickler(_pickle.Pickler):
    def __init__(self, file):
        super().__init__(file)
        self.codes = []

    def persistent_id(self, obj):
        if _is_stateless(obj):
            self.codes.append(obj.__code__)
            return ("function", len(self.codes) - 1, obj.__qualname__)
        return None


def _dumps(obj):
    buf = _io.BytesIO()
    p = _Pickler(buf)
    p.dump(obj)
    return buf.getvalue(), tuple(p.codes)


def _shareable(obj, what):
    try:
        return _dumps(obj)
    except Exception as exc:
        raise NotShareableError(f"{what} not shareable") from exc


def _main_file():
    main = _sys.modules.get("__main__")
    return getattr(main, "__file__", None)


_known = {}
_known_lock = _threading.Lock()


class Interpreter:
    """One interpreter of this process: made by create(); see also list_all() and get_current()."""

    def __new__(cls, id, /):
        if not isinstance(id, int):
            raise TypeError(f"id must be an int, got {id!r}")
        with _known_lock:
            self = _known.get(id)
            if self is None:
                whence = _interpreters.whence(id)
                self = super().__new__(cls)
                self._id = id
                self._whence = whence
                _known[id] = self
        return self

    def __repr__(self):
        return f"{type(self).__name__}({self._id})"

    def __reduce__(self):
        return (type(self), (self._id,))

    @property
    def id(self):
        return self._id

    @property
    def whence(self):
        return self._whence

    def is_running(self):
        """Whether code is running in this interpreter's __main__ now."""
        return _interpreters.is_running(self._id)

    def close(self):
        """Ends the interpreter: its threads are waited for, its atexit functions run."""
        _interpreters.destroy(self._id)
        with _known_lock:
            _known.pop(self._id, None)

    def prepare_main(self, ns=None, /, **kwargs):
        """Binds names in the interpreter's __main__ to copies of the values."""
        values = dict(ns) if ns is not None else {}
        values.update(kwargs)
        data, codes = _shareable(values, "value")
        status, info = _interpreters.run_helper(self._id, "prepare_main", data, codes, _main_file())
        if status:
            raise ExecutionFailed(_excinfo(info))

    def exec(self, code, /, dedent=True):
        """Runs source code (or the body of a function taking no arguments) in the
        interpreter's __main__, in the current thread; ExecutionFailed if it raises."""
        if isinstance(code, str):
            if dedent:
                import textwrap
                code = textwrap.dedent(code)
        elif type(code) is _types.FunctionType:
            c = code.__code__
            if code.__closure__:
                raise ValueError("closures not supported")
            if c.co_argcount or c.co_kwonlyargcount or c.co_flags & 0x0C:
                raise ValueError("arguments not supported")
            code = c
        else:
            raise TypeError(f"expected a string or a function, got {type(code).__name__}")
        info = _interpreters.exec(self._id, code)
        if info is not None:
            raise ExecutionFailed(_excinfo(info))

    def call(self, callable, /, *args, **kwargs):
        """Calls callable(*args, **kwargs) in the interpreter, in the current thread, and returns
        a copy of its result; ExecutionFailed if it raises."""
        return self._call(callable, args, kwargs, False)

    def call_in_thread(self, callable, /, *args, **kwargs):
        """Calls callable(*args, **kwargs) in the interpreter in a new thread, returned started;
        the result is dropped, and an exception is reported as a thread's."""
        t = _threading.Thread(target=self._call, args=(callable, args, kwargs, False))
        t.start()
        return t

    def _call(self, callable, args, kwargs, preserve):
        try:
            data, codes = _dumps((callable, args, kwargs))
        except Exception as exc:
            try:
                _dumps(callable)
            except Exception:
                raise NotShareableError("func not shareable") from exc
            raise NotShareableError("args not shareable") from exc
        status, result, info, exc = _interpreters.call(self._id, data, codes, _main_file(), preserve)
        if status == 0:
            return _pickle.loads(result)
        failed = ExecutionFailed(_excinfo(info))
        if status == 3:
            raise NotShareableError("return value not shareable") from failed
        if exc is not None:
            try:
                original = _pickle.loads(exc)
            except Exception:
                original = None
            if isinstance(original, BaseException):
                raise original from failed
        raise failed


def create():
    """Makes a new interpreter, idle, and returns it."""
    return Interpreter(_interpreters.create())


def list_all():
    """Every interpreter of this process, the main one (id 0) first."""
    return [Interpreter(i) for i in _interpreters.list_all()]


def get_current():
    """The interpreter the calling code runs in."""
    return Interpreter(_interpreters.get_current())


def get_main():
    """The interpreter the program started in."""
    return Interpreter(0)
