"""atexit: functions run when the program ends (after its non-daemon threads), last first."""

import sys as _sys

_callbacks = []


def register(func, *args, **kwargs):
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    _callbacks[:] = [c for c in _callbacks if c[0] != func]


def _clear():
    del _callbacks[:]


def _ncallbacks():
    return len(_callbacks)


def _run_exitfuncs():
    import traceback
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as e:
            _sys.stdout.flush()
            _sys.stderr.write("Exception ignored in atexit callback: %r\n" % (func,))
            for line in traceback.format_exception(e):
                _sys.stderr.write(line)
