"""pickle for gilvm: CPython's pickle format, protocols 0 to 5, written and read.

What gilvm writes, CPython 3.11 reads, and the reverse: the same opcodes in the same order
(framing, memoization and batching as CPython's C pickler does them, so that small pickles are
byte for byte the same). Functions and classes are pickled by reference (module and qualified
name); instances through __reduce_ex__/__reduce__, or by default as their class, the arguments
of __getnewargs_ex__/__getnewargs__ and their state (__getstate__, or __dict__ and slots),
restored with __setstate__ or by updating __dict__. copyreg's dispatch_table is honoured.
"""

import sys
import copyreg
import _codecs
from copyreg import dispatch_table, _extension_registry, _inverted_registry
from _gilvm_pickle import pack_double as _pack_double, unpack_double as _unpack_double
from _gilvm_pickle import is_builtin_type as _is_builtin_type
from _gilvm_pickle import dumps_fast as _dumps_fast, loads_fast as _loads_fast

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler", "dump",
           "dumps", "load", "loads", "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]


# CPython's are defined by its C accelerator, and tracebacks name them so: _pickle.


class PickleError(Exception):
    __module__ = "_pickle"


class PicklingError(PickleError):
    __module__ = "_pickle"


class UnpicklingError(PickleError):
    __module__ = "_pickle"


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


# Opcodes (as ints, the byte that starts each).
MARK = b"("
STOP = b"."
POP = b"0"
POP_MARK = b"1"
DUP = b"2"
FLOAT = b"F"
INT = b"I"
BININT = b"J"
BININT1 = b"K"
LONG = b"L"
BININT2 = b"M"
NONE = b"N"
PERSID = b"P"
BINPERSID = b"Q"
REDUCE = b"R"
STRING = b"S"
BINSTRING = b"T"
SHORT_BINSTRING = b"U"
UNICODE = b"V"
BINUNICODE = b"X"
APPEND = b"a"
BUILD = b"b"
GLOBAL = b"c"
DICT = b"d"
EMPTY_DICT = b"}"
APPENDS = b"e"
GET = b"g"
BINGET = b"h"
INST = b"i"
LONG_BINGET = b"j"
LIST = b"l"
EMPTY_LIST = b"]"
OBJ = b"o"
PUT = b"p"
BINPUT = b"q"
LONG_BINPUT = b"r"
SETITEM = b"s"
TUPLE = b"t"
EMPTY_TUPLE = b")"
SETITEMS = b"u"
BINFLOAT = b"G"
TRUE = b"I01\n"
FALSE = b"I00\n"
PROTO = b"\x80"
NEWOBJ = b"\x81"
EXT1 = b"\x82"
EXT2 = b"\x83"
EXT4 = b"\x84"
TUPLE1 = b"\x85"
TUPLE2 = b"\x86"
TUPLE3 = b"\x87"
NEWTRUE = b"\x88"
NEWFALSE = b"\x89"
LONG1 = b"\x8a"
LONG4 = b"\x8b"
BINBYTES = b"B"
SHORT_BINBYTES = b"C"
SHORT_BINUNICODE = b"\x8c"
BINUNICODE8 = b"\x8d"
BINBYTES8 = b"\x8e"
EMPTY_SET = b"\x8f"
ADDITEMS = b"\x90"
FROZENSET = b"\x91"
NEWOBJ_EX = b"\x92"
STACK_GLOBAL = b"\x93"
MEMOIZE = b"\x94"
FRAME = b"\x95"
BYTEARRAY8 = b"\x96"
NEXT_BUFFER = b"\x97"
READONLY_BUFFER = b"\x98"

_FRAME_SIZE_TARGET = 64 * 1024
_BATCHSIZE = 1000

# Python 2 names of modules and builtins, for protocols 0-2 with fix_imports.
_NAME_MAPPING = {("__builtin__", "xrange"): ("builtins", "range"),
                 ("__builtin__", "unicode"): ("builtins", "str"),
                 ("__builtin__", "basestring"): ("builtins", "str"),
                 ("__builtin__", "long"): ("builtins", "int")}
_IMPORT_MAPPING = {"__builtin__": "builtins", "copy_reg": "copyreg", "exceptions": "builtins",
                   "Queue": "queue", "cPickle": "pickle", "_abcoll": "collections.abc"}
_REVERSE_IMPORT_MAPPING = {"builtins": "__builtin__", "copyreg": "copy_reg"}
_REVERSE_NAME_MAPPING = {("builtins", "range"): ("__builtin__", "xrange"),
                         ("builtins", "str"): ("__builtin__", "unicode"),
                         ("builtins", "int"): ("__builtin__", "long")}
# The exception classes Python 2 had, which lived in its module 'exceptions'.
for _name in ("ArithmeticError AssertionError AttributeError BaseException BufferError "
              "BytesWarning DeprecationWarning EOFError EnvironmentError Exception "
              "FloatingPointError FutureWarning GeneratorExit IOError ImportError ImportWarning "
              "IndentationError IndexError KeyError KeyboardInterrupt LookupError MemoryError "
              "NameError NotImplementedError OSError OverflowError PendingDeprecationWarning "
              "ReferenceError RuntimeError RuntimeWarning StopIteration SyntaxError "
              "SyntaxWarning SystemError SystemExit TabError TypeError UnboundLocalError "
              "UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError "
              "UnicodeWarning UserWarning ValueError Warning ZeroDivisionError").split():
    _REVERSE_NAME_MAPPING[("builtins", _name)] = ("exceptions", _name)
del _name


def _u32(n):
    return n.to_bytes(4, "little")


def _u64(n):
    return n.to_bytes(8, "little")


def encode_long(x):
    """x as little-endian two's complement bytes, as short as possible (b'' for 0)."""
    if x == 0:
        return b""
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, "little", signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xFF and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def decode_long(data):
    return int.from_bytes(data, "little", signed=True)


def _raw_unicode_escape(s):
    out = []
    for ch in s:
        c = ord(ch)
        if c < 256:
            out.append(ch)
        elif c < 0x10000:
            out.append("\\u%04x" % c)
        else:
            out.append("\\U%08x" % c)
    return "".join(out).encode("latin-1")


def _raw_unicode_unescape(b):
    s = b.decode("latin-1")
    if "\\" not in s:
        return s
    out = []
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch == "\\" and i + 1 < n and s[i + 1] in "uU":
            width = 4 if s[i + 1] == "u" else 8
            digits = s[i + 2:i + 2 + width]
            if len(digits) == width:
                try:
                    out.append(chr(int(digits, 16)))
                    i += 2 + width
                    continue
                except ValueError:
                    pass
        out.append(ch)
        i += 1
    return "".join(out)


def _getattribute(obj, name):
    for subpath in name.split("."):
        if subpath == "<locals>":
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(name, obj))
        try:
            parent = obj
            obj = getattr(obj, subpath)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}".format(name, obj)) from None
    return obj, parent


def whichmodule(obj, name):
    """The name of the module obj was defined in (searching sys.modules if it does not say)."""
    module_name = getattr(obj, "__module__", None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name == "__main__" or module_name == "__mp_main__" or module is None:
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return "__main__"


def _type_name(cls):
    module = getattr(cls, "__module__", "builtins")
    qual = getattr(cls, "__qualname__", cls.__name__)
    if module in ("builtins", None):
        return qual
    return module + "." + qual


_FunctionType = type(_type_name)
_BuiltinFunctionType = type(len)


class _Nothing:
    pass


def _find_dunder(cls, name):
    """The class attribute `name` defined by a class other than object, or None."""
    for klass in cls.__mro__:
        if klass is object:
            return None
        d = getattr(klass, "__dict__", None)
        if d is not None and name in d:
            return d[name]
    return None


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get("__slots__") if hasattr(klass, "__dict__") else None
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                stripped = klass.__name__.lstrip("_")
                if stripped:
                    name = "_%s%s" % (stripped, name)
            names.append(name)
    return names


def _default_getstate(obj):
    d = getattr(obj, "__dict__", None)
    state = d if d else None
    slots = _slot_names(type(obj))
    if slots:
        slotstate = {}
        for name in slots:
            try:
                slotstate[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slotstate:
            return (state, slotstate)
    return state


def _getstate(obj):
    getstate = _find_dunder(type(obj), "__getstate__")
    if getstate is not None:
        return obj.__getstate__()
    return _default_getstate(obj)


def _first_builtin_base(cls):
    for klass in cls.__mro__:
        if _is_builtin_type(klass):
            return klass
    return object


def _cannot_pickle(obj):
    raise TypeError("cannot pickle %r object" % _type_name(type(obj)))


def _default_reduce_ex(obj, proto):
    """object.__reduce_ex__(proto) for an object whose class defines no reduction."""
    cls = type(obj)
    base = _first_builtin_base(cls)
    if base is not object and base.__module__ != "builtins":
        _cannot_pickle(obj)
    if base is cls and base not in _REDUCIBLE_BUILTINS:
        _cannot_pickle(obj)
    if proto < 2:
        return copyreg._reduce_ex(obj, proto)
    getnewargs_ex = _find_dunder(cls, "__getnewargs_ex__")
    kwargs = None
    if getnewargs_ex is not None:
        args, kwargs = obj.__getnewargs_ex__()
    else:
        getnewargs = getattr(obj, "__getnewargs__", None)
        args = getnewargs() if getnewargs is not None else ()
    if base is not object and base not in _REDUCIBLE_BUILTINS and not isinstance(obj, BaseException):
        _cannot_pickle(obj)
    state = _getstate(obj)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return (copyreg.__newobj_ex__, (cls, tuple(args), kwargs), state, listitems, dictitems)
    return (copyreg.__newobj__, (cls,) + tuple(args), state, listitems, dictitems)


_REDUCIBLE_BUILTINS = {object, int, float, str, bytes, tuple, list, dict, set, frozenset, complex,
                       bool}


def _reduce_builtin(obj):
    """The reduction of instances of builtin types CPython pickles with __reduce__."""
    cls = type(obj)
    if cls is complex:
        return (complex, (obj.real, obj.imag))
    if cls is range:
        return (range, (obj.start, obj.stop, obj.step))
    if cls is slice:
        return (slice, (obj.start, obj.stop, obj.step))
    if cls is bytearray:
        return (bytearray, (bytes(obj),), getattr(obj, "__dict__", None))
    if isinstance(obj, BaseException):
        d = getattr(obj, "__dict__", None)
        return (cls, obj.args) if not d else (cls, obj.args, d)
    return None


class _Framer:
    pass


class Pickler:
    """Writes pickles of objects to a binary file (anything with write(bytes))."""

    dispatch_table = None

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.memo = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self._buf = bytearray()
        self._framing = False
        self._names = {}

    def clear_memo(self):
        self.memo.clear()
        self._names.clear()

    # ---------------------------------------------------------------- output and frames

    def _commit_frame(self, force=False):
        buf = self._buf
        if not buf:
            return
        if self._framing and (force or len(buf) >= _FRAME_SIZE_TARGET):
            if len(buf) >= 4:
                self._file_write(FRAME + _u64(len(buf)))
            self._file_write(bytes(buf))
            self._buf = bytearray()
        elif not self._framing and (force or len(buf) >= _FRAME_SIZE_TARGET):
            self._file_write(bytes(buf))
            self._buf = bytearray()

    def dump(self, obj):
        """Writes the pickle of obj to the file."""
        if not hasattr(self, "_buf"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % (type(self).__name__,))
        if self.proto >= 2:
            self._file_write(PROTO + bytes((self.proto,)))
        self._framing = self.proto >= 4
        self.save(obj)
        self._buf += STOP
        self._commit_frame(force=True)
        self._framing = False

    # ---------------------------------------------------------------- memo

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self._buf += self._put(idx)
        self.memo[id(obj)] = idx, obj

    def _put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            if idx < 256:
                return BINPUT + bytes((idx,))
            return LONG_BINPUT + _u32(idx)
        return PUT + repr(idx).encode("ascii") + b"\n"

    def _get(self, idx):
        if self.bin:
            if idx < 256:
                return BINGET + bytes((idx,))
            return LONG_BINGET + _u32(idx)
        return GET + repr(idx).encode("ascii") + b"\n"

    # ---------------------------------------------------------------- save

    def persistent_id(self, obj):
        return None

    def save(self, obj, save_persistent_id=True):
        if self._framing and len(self._buf) >= _FRAME_SIZE_TARGET:
            self._commit_frame()
        if save_persistent_id:
            pid = self.persistent_id(obj)
            if pid is not None:
                self.save_pers(pid)
                return
        t = type(obj)
        f = _DISPATCH.get(t)
        if f is not None and t in _ATOMIC:
            f(self, obj)
            return
        x = self.memo.get(id(obj))
        if x is not None:
            self._buf += self._get(x[0])
            return
        if f is not None:
            f(self, obj)
            return
        reduce = None
        table = self.dispatch_table if self.dispatch_table is not None else dispatch_table
        r = table.get(t)
        if r is not None:
            rv = r(obj)
        else:
            if isinstance(obj, type):
                self.save_global(obj)
                return
            if t is _FunctionType:
                self.save_global(obj)
                return
            if t is _BuiltinFunctionType:
                owner = getattr(obj, "__self__", None)
                if owner is None or type(owner) is type(sys):
                    self.save_global(obj)
                    return
            reducer = getattr(self, "reducer_override", None)
            rv = NotImplemented
            if reducer is not None:
                rv = reducer(obj)
            if rv is NotImplemented:
                rv = self._reduce(obj)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        n = len(rv)
        if not 2 <= n <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        self.save_reduce(*rv, obj=obj)

    def _reduce(self, obj):
        t = type(obj)
        method = _find_dunder(t, "__reduce_ex__")
        if method is not None:
            return obj.__reduce_ex__(self.proto)
        method = _find_dunder(t, "__reduce__")
        if method is not None:
            return obj.__reduce__()
        if obj is Ellipsis:
            return "Ellipsis"
        if obj is NotImplemented:
            return "NotImplemented"
        rv = _reduce_builtin(obj)
        if rv is not None:
            return rv
        self_ = getattr(obj, "__self__", _Nothing)
        func = getattr(obj, "__func__", None)
        if self_ is not _Nothing and func is not None:
            # A bound method: getattr(its object, its name).
            return (getattr, (self_, func.__name__))
        if self_ is not _Nothing and t.__name__ in ("builtin_function_or_method", "method"):
            if self_ is None or type(self_).__name__ == "module":
                return getattr(obj, "__qualname__", obj.__name__)
            return (getattr, (self_, obj.__name__))
        return _default_reduce_ex(obj, self.proto)

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._buf += BINPERSID
        else:
            try:
                self._buf += PERSID + str(pid).encode("ascii") + b"\n"
            except UnicodeEncodeError:
                raise PicklingError(
                    "persistent IDs in protocol 0 must be ASCII strings") from None

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        save = self.save
        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            cls, args, kwargs = args
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj_ex__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj_ex__ args has the wrong class")
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                self._buf += NEWOBJ_EX
            else:
                import functools
                func = functools.partial(cls.__new__, cls, *args, **kwargs)
                save(func)
                save(())
                self._buf += REDUCE
        elif self.proto >= 2 and func_name == "__newobj__":
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            save(cls)
            save(args[1:])
            self._buf += NEWOBJ
        else:
            save(func)
            save(args)
            self._buf += REDUCE
        if obj is not None:
            x = self.memo.get(id(obj))
            if x is not None:
                self._buf += POP + self._get(x[0])
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                self._buf += BUILD
            else:
                save(state_setter)
                save(obj)
                save(state)
                self._buf += TUPLE2
                self._buf += REDUCE
                self._buf += POP

    # ---------------------------------------------------------------- the builtin types

    def save_none(self, obj):
        self._buf += NONE

    def save_bool(self, obj):
        if self.proto >= 2:
            self._buf += NEWTRUE if obj else NEWFALSE
        else:
            self._buf += TRUE if obj else FALSE

    def save_long(self, obj):
        if self.bin:
            if obj >= 0:
                if obj <= 0xFF:
                    self._buf += BININT1 + bytes((obj,))
                    return
                if obj <= 0xFFFF:
                    self._buf += BININT2 + obj.to_bytes(2, "little")
                    return
            if -0x80000000 <= obj <= 0x7FFFFFFF:
                self._buf += BININT + obj.to_bytes(4, "little", signed=True)
                return
        if self.proto >= 2:
            encoded = encode_long(obj)
            n = len(encoded)
            if n < 256:
                self._buf += LONG1 + bytes((n,)) + encoded
            else:
                self._buf += LONG4 + n.to_bytes(4, "little", signed=True) + encoded
            return
        if -0x80000000 <= obj <= 0x7FFFFFFF:
            self._buf += INT + repr(obj).encode("ascii") + b"\n"
        else:
            self._buf += LONG + repr(obj).encode("ascii") + b"L\n"

    def save_float(self, obj):
        if self.bin:
            self._buf += BINFLOAT + _pack_double(obj)
        else:
            self._buf += FLOAT + repr(obj).encode("ascii") + b"\n"

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs.encode, (str(obj, "latin1"), "latin1"), obj=obj)
            return
        n = len(obj)
        if n <= 0xFF:
            self._buf += SHORT_BINBYTES + bytes((n,)) + obj
        elif n > 0xFFFFFFFF and self.proto >= 4:
            self._buf += BINBYTES8 + _u64(n) + obj
        else:
            self._buf += BINBYTES + _u32(n) + obj
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self._buf += BYTEARRAY8 + _u64(len(obj)) + obj
        self.memoize(obj)

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode("utf-8", "surrogatepass")
            n = len(encoded)
            if n <= 0xFF and self.proto >= 4:
                self._buf += SHORT_BINUNICODE + bytes((n,)) + encoded
            elif n > 0xFFFFFFFF and self.proto >= 4:
                self._buf += BINUNICODE8 + _u64(n) + encoded
            else:
                self._buf += BINUNICODE + _u32(n) + encoded
        else:
            tmp = (obj.replace("\\", "\\u005c").replace("\0", "\\u0000")
                   .replace("\n", "\\u000a").replace("\r", "\\u000d")
                   .replace("\x1a", "\\u001a"))
            self._buf += UNICODE + _raw_unicode_escape(tmp) + b"\n"
        self.memoize(obj)

    def save_tuple(self, obj):
        if not obj:
            if self.bin:
                self._buf += EMPTY_TUPLE
            else:
                self._buf += MARK + TUPLE
            return
        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            x = memo.get(id(obj))
            if x is not None:
                self._buf += POP * n + self._get(x[0])
            else:
                self._buf += _TUPLESIZE2CODE[n]
                self.memoize(obj)
            return
        self._buf += MARK
        for element in obj:
            save(element)
        x = memo.get(id(obj))
        if x is not None:
            if self.bin:
                self._buf += POP_MARK + self._get(x[0])
            else:
                self._buf += POP * (n + 1) + self._get(x[0])
            return
        self._buf += TUPLE
        self.memoize(obj)

    def save_list(self, obj):
        x = self.memo.get(id(obj))
        if x is not None:
            self._buf += self._get(x[0])
            return
        if self.bin:
            self._buf += EMPTY_LIST
        else:
            self._buf += MARK + LIST
        self.memoize(obj)
        self._batch_list_exact(obj)

    def _batch_list_exact(self, obj):
        save = self.save
        if not self.bin:
            for x in obj:
                save(x)
                self._buf += APPEND
            return
        n = len(obj)
        if n == 1:
            save(obj[0])
            self._buf += APPEND
            return
        i = 0
        while i < len(obj):
            self._buf += MARK
            stop = i + _BATCHSIZE
            while i < stop and i < len(obj):
                save(obj[i])
                i += 1
            self._buf += APPENDS

    def _batch_appends(self, items):
        self._batched(items, self.save, APPEND, APPENDS)

    def _save_pair(self, item):
        k, v = item
        self.save(k)
        self.save(v)

    def _batched(self, items, save_one, one, many):
        # Without binary opcodes each item is followed by `one`; with them, items go in batches
        # of _BATCHSIZE between MARK and `many`, a batch of a single item as that item and `one`.
        if not self.bin:
            for x in items:
                save_one(x)
                self._buf += one
            return
        it = iter(items)
        while True:
            batch = []
            for x in it:
                batch.append(x)
                if len(batch) == _BATCHSIZE:
                    break
            n = len(batch)
            if n > 1:
                self._buf += MARK
                for x in batch:
                    save_one(x)
                self._buf += many
            elif n:
                save_one(batch[0])
                self._buf += one
            if n < _BATCHSIZE:
                return

    def save_dict(self, obj):
        x = self.memo.get(id(obj))
        if x is not None:
            self._buf += self._get(x[0])
            return
        if self.bin:
            self._buf += EMPTY_DICT
        else:
            self._buf += MARK + DICT
        self.memoize(obj)
        if len(obj) == 1 and self.bin:
            for k, v in obj.items():
                self.save(k)
                self.save(v)
            self._buf += SETITEM
            return
        if not self.bin:
            self._batch_setitems(iter(obj.items()))
            return
        # As CPython's: batches of 1000, the last one shorter (empty after a multiple of 1000).
        items = list(obj.items())
        save = self.save
        i = 0
        while items:
            self._buf += MARK
            chunk = items[i:i + _BATCHSIZE]
            for k, v in chunk:
                save(k)
                save(v)
            self._buf += SETITEMS
            i += _BATCHSIZE
            if len(chunk) < _BATCHSIZE:
                break

    def _batch_setitems(self, items):
        self._batched(items, self._save_pair, SETITEM, SETITEMS)

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        x = self.memo.get(id(obj))
        if x is not None:
            self._buf += self._get(x[0])
            return
        self._buf += EMPTY_SET
        self.memoize(obj)
        items = list(obj)
        i = 0
        while items:
            self._buf += MARK
            chunk = items[i:i + _BATCHSIZE]
            for item in chunk:
                self.save(item)
            self._buf += ADDITEMS
            i += _BATCHSIZE
            if len(chunk) < _BATCHSIZE:
                break

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        x = self.memo.get(id(obj))
        if x is not None:
            self._buf += self._get(x[0])
            return
        self._buf += MARK
        for item in obj:
            self.save(item)
        x = self.memo.get(id(obj))
        if x is not None:
            self._buf += POP_MARK + self._get(x[0])
            return
        self._buf += FROZENSET
        self.memoize(obj)

    def save_global(self, obj, name=None):
        x = self.memo.get(id(obj))
        if x is not None:
            self._buf += self._get(x[0])
            return
        if name is None:
            name = getattr(obj, "__qualname__", None)
        if name is None:
            name = obj.__name__
        module_name = whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except (ImportError, KeyError):
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
        if "<locals>" in name.split("."):
            raise AttributeError("Can't pickle local object %r" % (name,))
        try:
            obj2, parent = _getattribute(module, name)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                if code <= 0xFF:
                    self._buf += EXT1 + bytes((code,))
                elif code <= 0xFFFF:
                    self._buf += EXT2 + code.to_bytes(2, "little")
                else:
                    self._buf += EXT4 + code.to_bytes(4, "little", signed=True)
                return
        lastname = name.rpartition(".")[2]
        if parent is module:
            name = lastname
        if self.proto >= 4:
            # Interned, as CPython's names are, so that a module named twice is memoized once.
            names = self._names
            self.save(names.setdefault(module_name, module_name))
            self.save(names.setdefault(name, name))
            self._buf += STACK_GLOBAL
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        else:
            if self.fix_imports:
                if (module_name, name) in _REVERSE_NAME_MAPPING:
                    module_name, name = _REVERSE_NAME_MAPPING[(module_name, name)]
                else:
                    module_name = _REVERSE_IMPORT_MAPPING.get(module_name, module_name)
            try:
                self._buf += (GLOBAL + module_name.encode("ascii") + b"\n"
                              + name.encode("ascii") + b"\n")
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using pickle "
                                    "protocol %i" % (module_name, name, self.proto)) from None
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        if obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)


_ATOMIC = frozenset((type(None), bool, int, float))

_TUPLESIZE2CODE = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]

_DISPATCH = {
    type(None): Pickler.save_none,
    bool: Pickler.save_bool,
    int: Pickler.save_long,
    float: Pickler.save_float,
    bytes: Pickler.save_bytes,
    bytearray: Pickler.save_bytearray,
    str: Pickler.save_str,
    tuple: Pickler.save_tuple,
    list: Pickler.save_list,
    dict: Pickler.save_dict,
    set: Pickler.save_set,
    frozenset: Pickler.save_frozenset,
    type: Pickler.save_type,
    _FunctionType: Pickler.save_global,
}


# ==================================================================== Unpickler


class Unpickler:
    """Reads pickles from a binary file (anything with read(n) and readline())."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=None):
        self._file_read = file.read
        self._file_readline = file.readline
        self._data = b""
        self._pos = 0
        self._frame_end = 0
        self._buffers = iter(buffers) if buffers is not None else None
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def _read(self, n):
        pos = self._pos
        end = pos + n
        if end <= len(self._data):
            self._pos = end
            return self._data[pos:end]
        have = self._data[pos:]
        self._data = b""
        self._pos = 0
        more = self._file_read(n - len(have))
        got = have + more
        if len(got) < n:
            raise UnpicklingError("pickle data was truncated")
        return got

    def _readline(self):
        data = self._data
        pos = self._pos
        i = data.find(b"\n", pos)
        if i >= 0:
            self._pos = i + 1
            return data[pos:i + 1]
        have = data[pos:]
        self._data = b""
        self._pos = 0
        line = have + self._file_readline()
        if not line.endswith(b"\n"):
            raise UnpicklingError("pickle data was truncated")
        return line

    def load(self):
        """Reads one pickle from the file and returns the object it holds."""
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % (type(self).__name__,))
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        dispatch = _LOAD
        try:
            while True:
                pos = self._pos
                if pos < len(self._data):
                    code = self._data[pos]
                    self._pos = pos + 1
                else:
                    b = self._file_read(1)
                    if not b:
                        raise EOFError("Ran out of input")
                    code = b[0]
                f = dispatch[code]
                if f is None:
                    if code < 0x20 or code >= 0x7F:
                        raise UnpicklingError("invalid load key, '\\x%02x'." % code)
                    raise UnpicklingError("invalid load key, '%s'." % chr(code))
                f(self)
        except _Stop as stop:
            return stop.value

    def pop_mark(self):
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered, but no "
                              "persistent_load function was specified.")

    def find_class(self, module, name):
        sys.audit("pickle.find_class", module, name) if hasattr(sys, "audit") else None
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _NAME_MAPPING:
                module, name = _NAME_MAPPING[(module, name)]
            elif module in _IMPORT_MAPPING:
                module = _IMPORT_MAPPING[module]
        __import__(module, level=0)
        if self.proto >= 4:
            return _getattribute(sys.modules[module], name)[0]
        return getattr(sys.modules[module], name)

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    # ---------------------------------------------------------------- opcodes

    def load_proto(self):
        proto = self._read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def load_frame(self):
        n = int.from_bytes(self._read(8), "little")
        if n > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % n)
        if self._pos + n <= len(self._data):
            return
        have = self._data[self._pos:]
        more = self._file_read(n - len(have))
        if len(more) < n - len(have):
            raise UnpicklingError("pickle exhausted before end of frame")
        self._data = have + more
        self._pos = 0

    def load_persid(self):
        try:
            pid = self._readline()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
        self.append(self.persistent_load(pid))

    def load_binpersid(self):
        pid = self.stack.pop()
        self.append(self.persistent_load(pid))

    def load_none(self):
        self.append(None)

    def load_false(self):
        self.append(False)

    def load_true(self):
        self.append(True)

    def load_int(self):
        data = self._readline()
        if data == b"00\n":
            val = False
        elif data == b"01\n":
            val = True
        else:
            val = int(data, 0)
        self.append(val)

    def load_binint(self):
        self.append(int.from_bytes(self._read(4), "little", signed=True))

    def load_binint1(self):
        self.append(self._read(1)[0])

    def load_binint2(self):
        self.append(int.from_bytes(self._read(2), "little"))

    def load_long(self):
        val = self._readline()[:-1]
        if val and val[-1:] == b"L":
            val = val[:-1]
        self.append(int(val, 0))

    def load_long1(self):
        n = self._read(1)[0]
        self.append(decode_long(self._read(n)))

    def load_long4(self):
        n = int.from_bytes(self._read(4), "little", signed=True)
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(decode_long(self._read(n)))

    def load_float(self):
        self.append(float(self._readline()[:-1]))

    def load_binfloat(self):
        pos = self._pos
        if pos + 8 <= len(self._data):
            self._pos = pos + 8
            self.append(_unpack_double(self._data, pos))
        else:
            self.append(_unpack_double(bytes(self._read(8)), 0))

    def load_string(self):
        data = self._readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b"\"'":
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(_escape_decode(data)))

    def load_binstring(self):
        n = int.from_bytes(self._read(4), "little", signed=True)
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self._read(n)))

    def load_short_binstring(self):
        n = self._read(1)[0]
        self.append(self._decode_string(self._read(n)))

    def load_binbytes(self):
        n = int.from_bytes(self._read(4), "little")
        self.append(bytes(self._read(n)))

    def load_short_binbytes(self):
        n = self._read(1)[0]
        self.append(bytes(self._read(n)))

    def load_binbytes8(self):
        n = int.from_bytes(self._read(8), "little")
        self.append(bytes(self._read(n)))

    def load_bytearray8(self):
        n = int.from_bytes(self._read(8), "little")
        self.append(bytearray(self._read(n)))

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* "
                                  "argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None
        self.append(buf)

    def load_readonly_buffer(self):
        pass

    def load_unicode(self):
        self.append(_raw_unicode_unescape(self._readline()[:-1]))

    def load_binunicode(self):
        n = int.from_bytes(self._read(4), "little")
        self.append(str(self._read(n), "utf-8", "surrogatepass"))

    def load_binunicode8(self):
        n = int.from_bytes(self._read(8), "little")
        self.append(str(self._read(n), "utf-8", "surrogatepass"))

    def load_short_binunicode(self):
        pos = self._pos
        data = self._data
        if pos < len(data):
            n = data[pos]
            end = pos + 1 + n
            if end <= len(data):
                self._pos = end
                self.append(str(data[pos + 1:end], "utf-8", "surrogatepass"))
                return
        n = self._read(1)[0]
        self.append(str(self._read(n), "utf-8", "surrogatepass"))

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))

    def load_empty_tuple(self):
        self.append(())

    def load_tuple1(self):
        self.stack[-1] = (self.stack[-1],)

    def load_tuple2(self):
        stack = self.stack
        stack[-2:] = [(stack[-2], stack[-1])]

    def load_tuple3(self):
        stack = self.stack
        stack[-3:] = [(stack[-3], stack[-2], stack[-1])]

    def load_empty_list(self):
        self.append([])

    def load_empty_dict(self):
        self.append({})

    def load_empty_set(self):
        self.append(set())

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))

    def load_list(self):
        items = self.pop_mark()
        self.append(items)

    def load_dict(self):
        items = self.pop_mark()
        d = {items[i]: items[i + 1] for i in range(0, len(items), 2)}
        self.append(d)

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__"):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" % (klass.__name__, str(err)),
                                err.__traceback__)
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self._readline()[:-1].decode("ascii")
        name = self._readline()[:-1].decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())

    def load_obj(self):
        args = self.pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)

    def load_newobj(self):
        args = self.stack.pop()
        cls = self.stack.pop()
        self.append(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self.stack.pop()
        args = self.stack.pop()
        cls = self.stack.pop()
        self.append(cls.__new__(cls, *args, **kwargs))

    def load_global(self):
        module = self._readline()[:-1].decode("utf-8")
        name = self._readline()[:-1].decode("utf-8")
        self.append(self.find_class(module, name))

    def load_stack_global(self):
        name = self.stack.pop()
        module = self.stack.pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))

    def _get_extension(self, code):
        key = _extension_registry_inverted().get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        self.append(self.find_class(*key))

    def load_ext1(self):
        self._get_extension(self._read(1)[0])

    def load_ext2(self):
        self._get_extension(int.from_bytes(self._read(2), "little"))

    def load_ext4(self):
        self._get_extension(int.from_bytes(self._read(4), "little", signed=True))

    def load_reduce(self):
        stack = self.stack
        args = stack.pop()
        func = stack[-1]
        stack[-1] = func(*args)

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        else:
            self.pop_mark()

    def load_pop_mark(self):
        self.pop_mark()

    def load_dup(self):
        self.append(self.stack[-1])

    def load_get(self):
        i = int(self._readline()[:-1])
        try:
            self.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) from None

    def load_binget(self):
        i = self._read(1)[0]
        try:
            self.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) from None

    def load_long_binget(self):
        i = int.from_bytes(self._read(4), "little")
        try:
            self.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) from None

    def load_put(self):
        i = int(self._readline()[:-1])
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self.stack[-1]

    def load_binput(self):
        self.memo[self._read(1)[0]] = self.stack[-1]

    def load_long_binput(self):
        i = int.from_bytes(self._read(4), "little")
        self.memo[i] = self.stack[-1]

    def load_memoize(self):
        memo = self.memo
        memo[len(memo)] = self.stack[-1]

    def load_append(self):
        stack = self.stack
        value = stack.pop()
        stack[-1].append(value)

    def load_appends(self):
        items = self.pop_mark()
        list_obj = self.stack[-1]
        if type(list_obj) is list:
            list_obj.extend(items)
            return
        extend = getattr(list_obj, "extend", None)
        if extend is not None:
            extend(items)
            return
        append = list_obj.append
        for item in items:
            append(item)

    def load_setitem(self):
        stack = self.stack
        value = stack.pop()
        key = stack.pop()
        stack[-1][key] = value

    def load_setitems(self):
        items = self.pop_mark()
        d = self.stack[-1]
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]

    def load_additems(self):
        items = self.pop_mark()
        set_obj = self.stack[-1]
        if isinstance(set_obj, set):
            set_obj.update(items)
        else:
            add = set_obj.add
            for item in items:
                add(item)

    def load_build(self):
        stack = self.stack
        state = stack.pop()
        inst = stack[-1]
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst_dict = inst.__dict__
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[sys.intern(k)] = v
                else:
                    inst_dict[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append

    def load_stop(self):
        value = self.stack.pop()
        raise _Stop(value)


def _escape_decode(data):
    """Python 2 string escapes (protocol 0's STRING) decoded to bytes."""
    if b"\\" not in data:
        return data
    out = bytearray()
    i = 0
    n = len(data)
    simple = {ord("n"): 10, ord("t"): 9, ord("r"): 13, ord("\\"): 92, ord("'"): 39,
              ord('"'): 34, ord("a"): 7, ord("b"): 8, ord("f"): 12, ord("v"): 11}
    while i < n:
        c = data[i]
        if c == 92 and i + 1 < n:
            d = data[i + 1]
            if d in simple:
                out.append(simple[d])
                i += 2
                continue
            if d == ord("x") and i + 3 < n + 1:
                out.append(int(data[i + 2:i + 4], 16))
                i += 4
                continue
            if 48 <= d <= 55:
                j = i + 1
                while j < n and j < i + 4 and 48 <= data[j] <= 55:
                    j += 1
                out.append(int(data[i + 1:j], 8) & 0xFF)
                i = j
                continue
        out.append(c)
        i += 1
    return bytes(out)


def _extension_registry_inverted():
    return _inverted_registry


_LOAD = [None] * 256
for _name, _code in [("load_mark", MARK), ("load_stop", STOP), ("load_pop", POP),
                     ("load_pop_mark", POP_MARK), ("load_dup", DUP), ("load_float", FLOAT),
                     ("load_int", INT), ("load_binint", BININT), ("load_binint1", BININT1),
                     ("load_long", LONG), ("load_binint2", BININT2), ("load_none", NONE),
                     ("load_persid", PERSID), ("load_binpersid", BINPERSID),
                     ("load_reduce", REDUCE), ("load_string", STRING),
                     ("load_binstring", BINSTRING), ("load_short_binstring", SHORT_BINSTRING),
                     ("load_unicode", UNICODE), ("load_binunicode", BINUNICODE),
                     ("load_append", APPEND), ("load_build", BUILD), ("load_global", GLOBAL),
                     ("load_dict", DICT), ("load_empty_dict", EMPTY_DICT),
                     ("load_appends", APPENDS), ("load_get", GET), ("load_binget", BINGET),
                     ("load_inst", INST), ("load_long_binget", LONG_BINGET),
                     ("load_list", LIST), ("load_empty_list", EMPTY_LIST), ("load_obj", OBJ),
                     ("load_put", PUT), ("load_binput", BINPUT),
                     ("load_long_binput", LONG_BINPUT), ("load_setitem", SETITEM),
                     ("load_tuple", TUPLE), ("load_empty_tuple", EMPTY_TUPLE),
                     ("load_setitems", SETITEMS), ("load_binfloat", BINFLOAT),
                     ("load_proto", PROTO), ("load_newobj", NEWOBJ), ("load_ext1", EXT1),
                     ("load_ext2", EXT2), ("load_ext4", EXT4), ("load_tuple1", TUPLE1),
                     ("load_tuple2", TUPLE2), ("load_tuple3", TUPLE3),
                     ("load_true", NEWTRUE), ("load_false", NEWFALSE), ("load_long1", LONG1),
                     ("load_long4", LONG4), ("load_binbytes", BINBYTES),
                     ("load_short_binbytes", SHORT_BINBYTES),
                     ("load_short_binunicode", SHORT_BINUNICODE),
                     ("load_binunicode8", BINUNICODE8), ("load_binbytes8", BINBYTES8),
                     ("load_empty_set", EMPTY_SET), ("load_additems", ADDITEMS),
                     ("load_frozenset", FROZENSET), ("load_newobj_ex", NEWOBJ_EX),
                     ("load_stack_global", STACK_GLOBAL), ("load_memoize", MEMOIZE),
                     ("load_frame", FRAME), ("load_bytearray8", BYTEARRAY8),
                     ("load_next_buffer", NEXT_BUFFER),
                     ("load_readonly_buffer", READONLY_BUFFER)]:
    _LOAD[_code[0]] = getattr(Unpickler, _name)
del _name, _code


# ==================================================================== the functions


class _BytesSink:
    __slots__ = ("parts",)

    def __init__(self):
        self.parts = []

    def write(self, b):
        self.parts.append(b)


class _BytesSource:
    __slots__ = ()

    def read(self, n=-1):
        return b""

    def readline(self):
        return b""


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Writes the pickle of obj to the binary file."""
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """The pickle of obj, as bytes."""
    if buffer_callback is None:
        # None, bool, int, float, str, bytes, list, tuple and dict alone: written in Java, to the
        # same bytes. Anything else (or protocols 0 and 1) is left to the Pickler below.
        fast = _dumps_fast(obj, DEFAULT_PROTOCOL if protocol is None
                           else HIGHEST_PROTOCOL if protocol < 0 else protocol)
        if fast is not None:
            return fast
    sink = _BytesSink()
    Pickler(sink, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    parts = sink.parts
    if len(parts) == 1:
        return parts[0]
    return b"".join(parts)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Reads one pickle from the binary file and returns the object it holds."""
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors,
                     buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """The object the pickle in data (bytes-like) holds."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    if buffers is None:
        # Pickles of the builtin types read in Java; any other opcode: the Unpickler below.
        fast = _loads_fast(data)
        if fast is not NotImplemented:
            return fast
    u = Unpickler(_BytesSource(), fix_imports=fix_imports, encoding=encoding, errors=errors,
                  buffers=buffers)
    u._data = bytes(data)
    return u.load()
