"""Shallow and deep copies, with CPython 3.11's API: copy, deepcopy (with a memo), Error.

Classes take part through __copy__ and __deepcopy__(memo); instances of other classes are
copied by making a bare instance of the class and copying the attribute dict.
"""

import copyreg
from _copy import new_instance as _new_instance

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error



def copy(x):
    """A shallow copy of x: a new container holding the same items."""
    cls = type(x)
    if cls in _IMMUTABLE:
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is tuple or cls is frozenset:
        return x
    method = getattr(cls, "__copy__", None)
    if method is not None:
        return method(x)
    if isinstance(x, type):
        return x
    return _copy_instance(x, None)


def _new_like(x):
    cls = type(x)
    try:
        return _new_instance(cls)
    except TypeError:
        raise Error(f"un(shallow)copyable object of type {cls}") from None


_CONTAINERS = (list, dict)
_VALUES = (tuple, str, bytes, int, float, complex, frozenset)


def _builtin_base(cls):
    """The builtin type a program's class derives its layout from, or None (object)."""
    for b in cls.__mro__:
        if b in _CONTAINERS or b in _VALUES or b is set:
            return b
    return None


def _slot_names(cls):
    """The attribute names of every __slots__ entry of cls and its bases (mangled)."""
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get("__slots__")
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = "_" + c.__name__.lstrip("_") + name
            if name not in names:
                names.append(name)
    return names


# The methods by which a class says how it is copied and pickled: one of them on the class or a
# base (not object) sends copy through the reduction protocol, as CPython's copy always goes.
_PROTOCOL = ("__reduce_ex__", "__reduce__", "__getstate__", "__setstate__", "__getnewargs__",
             "__getnewargs_ex__")


def _reduces_itself(cls):
    for c in cls.__mro__:
        if c is object:
            return False
        names = c.__dict__
        for name in _PROTOCOL:
            if name in names:
                return True
    return False


class _Protocol4:
    # What pickle's reduction reads of a pickler: the protocol copy asks for, as CPython's does.
    proto = 4


def _reduce(x):
    import pickle
    return pickle.Pickler._reduce(_Protocol4, x)


def _reconstruct(x, memo, func, args, state=None, listitems=None, dictitems=None, *rest):
    """Builds the copy from x's reduction: func(*args), then its state, list items and dict
    items, each copied deeply when memo is given (deepcopy) and shared otherwise."""
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, "__setstate__", None)
        if setstate is not None:
            setstate(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for name, value in slotstate.items():
                    setattr(y, name, value)
    if listitems is not None:
        for item in listitems:
            y.append(deepcopy(item, memo) if deep else item)
    if dictitems is not None:
        for key, value in dictitems:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y


def _copy_instance(x, memo):
    cls = type(x)
    reductor = copyreg.dispatch_table.get(cls)
    if reductor is not None or _reduces_itself(cls):
        rv = reductor(x) if reductor is not None else _reduce(x)
        if isinstance(rv, str):
            return x
        return _reconstruct(x, memo, *rv)
    if getattr(cls, "__module__", None) == "builtins":
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    deep = memo is not None
    base = _builtin_base(cls)
    if base is None:
        y = _new_like(x)
    elif base in _VALUES:
        value = base(x)
        if deep and base in (tuple, frozenset):
            value = base(deepcopy(item, memo) for item in value)
        y = cls.__new__(cls, value)
    elif base is set:
        # As set.__reduce__: the class called with a list of the items.
        y = cls([deepcopy(item, memo) for item in x] if deep else list(x))
    else:
        y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    if base is list:
        if deep:
            for item in x:
                y.append(deepcopy(item, memo))
        else:
            y.extend(x)
    elif base is dict:
        for key, value in x.items():
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    state = getattr(x, "__dict__", None)
    if state:
        if deep:
            state = deepcopy(state, memo)
        y.__dict__.update(state)
    for name in _slot_names(cls):
        try:
            value = getattr(x, name)
        except AttributeError:
            continue
        setattr(y, name, deepcopy(value, memo) if deep else value)
    return y


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x: containers are copied recursively, each object once (memo maps id() of
    what has been copied to its copy, so shared and recursive structure is kept)."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _IMMUTABLE:
        return x
    if cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A tuple whose items are all unchanged is its own copy.
        y = x
        for a, b in zip(x, items):
            if a is not b:
                y = tuple(items)
                break
        if d in memo:
            return memo[d]
    elif cls is set:
        y = set()
        memo[d] = y
        for item in x:
            y.add(deepcopy(item, memo))
    elif cls is frozenset:
        y = frozenset(deepcopy(item, memo) for item in x)
    elif isinstance(x, type):
        y = x
    else:
        method = getattr(x, "__deepcopy__", None)
        if method is not None:
            y = method(memo)
        else:
            y = _copy_instance(x, memo)
    if y is not x:
        memo[d] = y
        # Keep x alive as long as the memo, so that its id() is not reused meanwhile.
        keep = memo.setdefault(id(memo), [])
        keep.append(x)
    return y


_IMMUTABLE = {type(None), int, float, bool, str, bytes, type(Ellipsis), type(NotImplemented),
              type(len), type(lambda: 0), range, property}
