"""The receiving side of concurrent.interpreters, imported in the interpreter a call runs in.

What arrives is bytes pickled by the calling interpreter, plus the code objects of the "stateless"
functions it sent (functions that use no globals, no closure and no defaults, sent as their code,
which is immutable and shared by every interpreter of the JVM). Such a function is rebuilt here
with this interpreter's __main__ as its globals. A function or class pickled by reference to
__main__ that this interpreter's __main__ lacks is looked up in a copy of the calling program's
main script, run here once under the name '<fake __main__>' (so its `if __name__ == "__main__":`
block does not run), as CPython 3.14 does.
"""

import io as _io
import pickle as _pickle
import sys as _sys
import _interpreters

_fake_main = None


def _main_script(mainfile):
    global _fake_main
    if _fake_main is None:
        if not mainfile:
            return None
        import types
        module = types.ModuleType("__main__")
        ns = module.__dict__
        ns["__name__"] = "<fake __main__>"
        ns["__file__"] = mainfile
        with open(mainfile, "rb") as f:
            source = f.read()
        exec(compile(source, mainfile, "exec"), ns)
        _fake_main = module
    return _fake_main


def _lookup(obj, dotted):
    for part in dotted.split("."):
        obj = getattr(obj, part)
    return obj


class _Unpickler(_pickle.Unpickler):
    def __init__(self, data, codes, mainfile):
        super().__init__(_io.BytesIO(data))
        self._codes = codes
        self._mainfile = mainfile

    def persistent_load(self, pid):
        kind, index, qualname = pid
        if kind != "function":
            raise _pickle.UnpicklingError("unsupported persistent id %r" % (kind,))
        main = _sys.modules["__main__"]
        return _interpreters._function(self._codes[index], main.__dict__, qualname)

    def find_class(self, module, name):
        if module == "__main__":
            try:
                return _lookup(_sys.modules["__main__"], name)
            except AttributeError:
                fake = _main_script(self._mainfile)
                if fake is None:
                    raise
                return _lookup(fake, name)
        return super().find_class(module, name)


def _loads(data, codes, mainfile):
    return _Unpickler(data, codes, mainfile).load()


def load_call(data, codes, mainfile):
    fn, args, kwargs = _loads(data, codes, mainfile)
    return fn, tuple(args), dict(kwargs)


def prepare_main(data, codes, mainfile):
    ns = _loads(data, codes, mainfile)
    _sys.modules["__main__"].__dict__.update(ns)
    return None


def dump(value):
    return _pickle.dumps(value)


def dump_exception(exc):
    return _pickle.dumps(exc)
