"""copyreg: the registry pickle and copy consult, and the helpers pickles name.

pickle(cls, reducer) registers how instances of a class are reduced (dispatch_table);
add_extension/remove_extension manage the extension codes of protocol 2. __newobj__,
__newobj_ex__ and _reconstructor are the callables pickles refer to by name.
"""

from _gilvm_pickle import is_builtin_type as _is_builtin_type

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Registers pickle_function(obj) -> reduction for instances of ob_type."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    """Remakes an instance pickled with protocol 0 or 1: cls made as its builtin base would."""
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _first_builtin_base(cls):
    for klass in cls.__mro__:
        if _is_builtin_type(klass):
            return klass
    return object


def _own_attribute(cls, name):
    for klass in cls.__mro__:
        if klass is object:
            return None
        d = getattr(klass, "__dict__", None)
        if d is not None and name in d:
            return d[name]
    return None


def _reduce_ex(self, proto):
    """The reduction protocols 0 and 1 use for instances of classes defined in Python."""
    cls = type(self)
    base = _first_builtin_base(cls)
    if base is object:
        basestate = None
    else:
        if base is cls:
            raise TypeError("cannot pickle %r object" % cls.__name__)
        basestate = base(self)
    args = (cls, base, basestate)
    if _own_attribute(cls, "__getstate__") is not None:
        state = self.__getstate__()
    else:
        for klass in cls.__mro__:
            if "__slots__" in getattr(klass, "__dict__", {}):
                raise TypeError("a class that defines __slots__ without defining __getstate__ "
                                "cannot be pickled")
        state = getattr(self, "__dict__", None)
    if state:
        return (_reconstructor, args, state)
    return (_reconstructor, args)


_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    """Registers an extension code (1 to 0x7fffffff) for the global module.name."""
    code = int(code)
    if not 1 <= code <= 0x7FFFFFFF:
        raise ValueError("code out of range")
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s"
                         % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
