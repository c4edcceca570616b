"""Weak references, with CPython 3.11's API: ref, getweakrefcount, getweakrefs,
WeakValueDictionary, WeakKeyDictionary, WeakSet, WeakMethod and finalize.

A weak reference does not count: when the referent's reference count reaches zero it is freed
at once, as in CPython, its weak references go dead and their callbacks run. Instances of the
program's classes and functions can be referred to weakly (not ints, strs, tuples, lists or
dicts, as in CPython); proxy is not supported by gilvm.
"""

from _weakref import ref, getweakrefcount, getweakrefs, ReferenceType
import _thread
from collections import abc as _abc

__all__ = ["ref", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


class WeakMethod:
    """A weak reference to a bound method: alive while both its object and function are."""

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not {type(meth)}") from None
        self._callback = callback
        self._alive = True

        def _died(r, self_ref=[None]):
            if self._alive:
                self._alive = False
                if self._callback is not None:
                    self._callback(self)
        self._obj_ref = ref(obj, _died)
        self._func_ref = ref(func, _died)
        self._meth_type = type(meth)

    def __call__(self):
        obj = self._obj_ref()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return self._obj_ref == other._obj_ref and self._func_ref == other._func_ref
        return NotImplemented

    def __hash__(self):
        return hash((self._obj_ref, self._func_ref))


class WeakValueDictionary(_abc.MutableMapping):
    """A mapping whose values are held weakly: an entry goes when its value dies."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self._lock = _thread.RLock()
        self.update(other, **kw)

    def _remover(self, key):
        def remove(wr):
            with self._lock:
                if self.data.get(key) is wr:
                    del self.data[key]
        return remove

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        with self._lock:
            self.data[key] = ref(value, self._remover(key))

    def __delitem__(self, key):
        with self._lock:
            del self.data[key]

    def __len__(self):
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __iter__(self):
        for key, wr in list(self.data.items()):
            if wr() is not None:
                yield key

    def items(self):
        for key, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                yield key, o

    def values(self):
        for wr in list(self.data.values()):
            o = wr()
            if o is not None:
                yield o

    def keys(self):
        return iter(self)

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def valuerefs(self):
        return list(self.data.values())

    def copy(self):
        return WeakValueDictionary(self.items())

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x}>"


class WeakKeyDictionary(_abc.MutableMapping):
    """A mapping whose keys are held weakly: an entry goes when its key dies."""

    def __init__(self, dict=None):
        self.data = {}
        self._lock = _thread.RLock()

        def remove(k, selfref=ref(self) if False else None):
            with self._lock:
                try:
                    del self.data[k]
                except KeyError:
                    pass
        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        with self._lock:
            self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        with self._lock:
            del self.data[ref(key)]

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def items(self):
        for wr, value in list(self.data.items()):
            o = wr()
            if o is not None:
                yield o, value

    def keys(self):
        return iter(self)

    def values(self):
        for wr, value in list(self.data.items()):
            if wr() is not None:
                yield value

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def keyrefs(self):
        return list(self.data)

    def copy(self):
        return WeakKeyDictionary(dict(self.items()))

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x}>"


class WeakSet(_abc.MutableSet):
    """A set whose items are held weakly."""

    def __init__(self, data=None):
        self.data = set()
        self._lock = _thread.RLock()

        def remove(wr):
            with self._lock:
                self.data.discard(wr)
        self._remove = remove
        if data is not None:
            for item in data:
                self.add(item)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def add(self, item):
        with self._lock:
            self.data.add(ref(item, self._remove))

    def discard(self, item):
        with self._lock:
            self.data.discard(ref(item))

    def __repr__(self):
        return repr(set(self)).replace("{", "WeakSet({", 1) + ")" if len(self) else "WeakSet()"


class finalize:
    """finalize(obj, func, *args, **kwargs): calls func(*args, **kwargs) once, when obj dies,
    when the finalizer is called, or at exit (atexit=True) — whichever comes first."""

    _registry_lock = _thread.allocate_lock()
    _registry = {}
    _order = []
    _exit_registered = False

    def __init__(self, obj, func, /, *args, **kwargs):
        self._key = object()
        info = (ref(obj, self._on_death), func, args, kwargs or {})
        with finalize._registry_lock:
            finalize._registry[self._key] = info
            finalize._order.append(self)
            register = not finalize._exit_registered
            finalize._exit_registered = True
        self.atexit = True
        if register:
            import threading
            threading._register_atexit(finalize._exitfunc)

    @classmethod
    def _exitfunc(cls):
        # At exit, the finalizers still alive whose atexit is true run, newest first.
        with cls._registry_lock:
            pending = [f for f in reversed(cls._order) if f._key in cls._registry]
            cls._order = []
        for f in pending:
            if f.atexit:
                f()

    def _on_death(self, wr):
        self()

    def _take(self):
        with finalize._registry_lock:
            info = finalize._registry.pop(self._key, None)
            if info is not None and self in finalize._order:
                finalize._order.remove(self)
            return info

    def __call__(self, _=None):
        """Runs the finalizer now if it is alive; returns its result (None if dead)."""
        info = self._take()
        if info is not None:
            wr, func, args, kwargs = info
            return func(*args, **kwargs)

    def detach(self):
        """Kills the finalizer without calling it; returns (obj, func, args, kwargs) or None."""
        with finalize._registry_lock:
            info = finalize._registry.get(self._key)
        if info is not None:
            obj = info[0]()
            if obj is not None and self._take() is not None:
                return (obj, info[1], info[2], info[3])
        return None

    def peek(self):
        """(obj, func, args, kwargs) while alive, else None."""
        with finalize._registry_lock:
            info = finalize._registry.get(self._key)
        if info is not None:
            obj = info[0]()
            if obj is not None:
                return (obj, info[1], info[2], info[3])
        return None

    @property
    def alive(self):
        """Whether the finalizer has not run yet."""
        with finalize._registry_lock:
            return self._key in finalize._registry

    def __repr__(self):
        info = finalize._registry.get(self._key)
        obj = info[0]() if info is not None else None
        if obj is None:
            return f"<finalize object at {id(self):#x}; dead>"
        return f"<finalize object at {id(self):#x}; for {type(obj).__name__!r} at {id(obj):#x}>"


def proxy(obj, callback=None):
    raise NotImplementedError("weakref.proxy is not supported by gilvm")
