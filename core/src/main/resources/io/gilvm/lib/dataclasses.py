"""Data classes, with CPython 3.11's API: dataclass (init, repr, eq, order, frozen,
unsafe_hash, kw_only, slots, match_args), field, fields, asdict, astuple, replace,
make_dataclass, is_dataclass, FrozenInstanceError, MISSING, KW_ONLY, InitVar.

The generated methods are compiled from source (exec), so that their signatures and the
TypeErrors for wrong arguments are CPython's.
"""

import copy as _copy
import sys as _sys
import types as _types

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY",
           "MISSING", "fields", "asdict", "astuple", "make_dataclass", "replace",
           "is_dataclass"]


class FrozenInstanceError(AttributeError):
    """Raised when a field of a frozen dataclass instance is assigned or deleted."""


class _MISSING_TYPE:
    """The type of MISSING, which marks a field without a default or default factory."""


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    """The type of KW_ONLY: annotating a pseudo-field with it makes later fields keyword-only."""


KW_ONLY = _KW_ONLY_TYPE()

# What fields without metadata share: an empty read-only mapping.
_EMPTY_METADATA = _types.MappingProxyType({})


class InitVar:
    """InitVar[T]: a pseudo-field passed to __init__ and __post_init__, not stored."""

    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = getattr(self.type, "__name__", None) or repr(self.type)
        return f"dataclasses.InitVar[{name}]"

    def __class_getitem__(cls, type):
        return InitVar(type)


_FIELD = "_FIELD"
_FIELD_CLASSVAR = "_FIELD_CLASSVAR"
_FIELD_INITVAR = "_FIELD_INITVAR"


class Field:
    """What field() returns and fields() lists: a field's name, type, default and options."""

    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init",
                 "compare", "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None
                         else _types.MappingProxyType(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field("
                f"name={self.name!r},"
                f"type={self.type!r},"
                f"default={self.default!r},"
                f"default_factory={self.default_factory!r},"
                f"init={self.init!r},"
                f"repr={self.repr!r},"
                f"hash={self.hash!r},"
                f"compare={self.compare!r},"
                f"metadata={self.metadata!r},"
                f"kw_only={self.kw_only!r},"
                f"_field_type={self._field_type})")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describes one field: its default (or a factory making it) and whether it takes part in
    __init__, __repr__, __eq__/ordering and __hash__."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


_PARAMS = "__dataclass_params__"
_FIELDS = "__dataclass_fields__"


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return (f"_DataclassParams(init={self.init!r},repr={self.repr!r},eq={self.eq!r},"
                f"order={self.order!r},unsafe_hash={self.unsafe_hash!r},frozen={self.frozen!r})")


def _is_classvar(tp):
    if tp is None:
        return False
    if isinstance(tp, str):
        return tp.startswith("ClassVar") or tp.startswith("typing.ClassVar")
    typing = _sys.modules.get("typing")
    if typing is None:
        return False
    return tp is typing.ClassVar or getattr(tp, "__origin__", None) is typing.ClassVar


def _is_initvar(tp):
    if isinstance(tp, InitVar) or tp is InitVar:
        return True
    return isinstance(tp, str) and (tp.startswith("InitVar") or tp.startswith("dataclasses.InitVar"))


def _get_field(cls, name, tp, kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = tp
    f._field_type = _FIELD
    if _is_classvar(tp):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(tp):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR) and f.default_factory is not MISSING:
        raise TypeError(f"field {name} cannot have a default factory")
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = kw_only
    if f._field_type is _FIELD and isinstance(f.default, (list, dict, set)):
        raise ValueError(f"mutable default {type(f.default)} for field {name} is not allowed: "
                         f"use default_factory")
    return f


def _compile(name, params, body, namespace):
    src = f"def __create_fn__({', '.join(namespace)}):\n"
    src += f" def {name}({', '.join(params)}):\n"
    for line in body:
        src += f"  {line}\n"
    src += f" return {name}\n"
    ns = {}
    exec(src, ns)
    return ns["__create_fn__"](*namespace.values())


def _tuple_of(fields, obj):
    if not fields:
        return "()"
    return "(" + ", ".join(f"{obj}.{f.name}" for f in fields) + ",)"


def _set_qualname(cls, fn):
    fn.__qualname__ = f"{cls.__qualname__}.{fn.__name__}"
    return fn


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    fields = {}
    # Fields of dataclass bases first, in MRO order from the root.
    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = base.__dict__.get(_FIELDS)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if base.__dict__[_PARAMS].frozen:
                any_frozen_base = True
    annotations = cls.__dict__.get("__annotations__", {})
    own = []
    kw_only_now = kw_only
    for name, tp in annotations.items():
        if tp is KW_ONLY or (isinstance(tp, str) and tp in ("KW_ONLY", "dataclasses.KW_ONLY")):
            kw_only_now = True
            continue
        own.append(_get_field(cls, name, tp, kw_only_now))
    for f in own:
        fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen and any(
                _FIELDS in b.__dict__ for b in cls.__mro__[1:]):
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")
    setattr(cls, _FIELDS, fields)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    all_fields = list(fields.values())
    field_list = [f for f in all_fields if f._field_type is _FIELD]

    if init:
        _add_init(cls, all_fields, frozen)
    if repr:
        shown = [f for f in field_list if f.repr]
        body = ["return self.__class__.__qualname__ + f'(" +
                ", ".join(f"{f.name}={{self.{f.name}!r}}" for f in shown) + ")'"]
        if "__repr__" not in cls.__dict__:
            fn = _compile("__repr__", ["self"], body, {})
            cls.__repr__ = _set_qualname(cls, _recursive_repr(fn))
    compared = [f for f in field_list if f.compare]
    if eq and "__eq__" not in cls.__dict__:
        fn = _compile("__eq__", ["self", "other"],
                      ["if other.__class__ is self.__class__:",
                       f" return {_tuple_of(compared, 'self')} == {_tuple_of(compared, 'other')}",
                       "return NotImplemented"], {})
        cls.__eq__ = _set_qualname(cls, fn)
    if order:
        if not eq:
            raise ValueError("eq must be true if order is true")
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            if name in cls.__dict__:
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}. "
                                f"Consider using functools.total_ordering")
            fn = _compile(name, ["self", "other"],
                          ["if other.__class__ is self.__class__:",
                           f" return {_tuple_of(compared, 'self')} {op} {_tuple_of(compared, 'other')}",
                           "return NotImplemented"], {})
            setattr(cls, name, _set_qualname(cls, fn))
    if frozen:
        names = tuple(f.name for f in field_list)

        def __setattr__(self, name, value):
            if type(self) is cls or name in names:
                raise FrozenInstanceError(f"cannot assign to field {name!r}")
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in names:
                raise FrozenInstanceError(f"cannot delete field {name!r}")
            super(cls, self).__delattr__(name)

        for fn in (__setattr__, __delattr__):
            if fn.__name__ in cls.__dict__:
                raise TypeError(f"Cannot overwrite attribute {fn.__name__} in class {cls.__name__}")
            setattr(cls, fn.__name__, _set_qualname(cls, fn))
    # __hash__, as CPython's table of (unsafe_hash, eq, frozen, explicit __hash__) decides.
    has_explicit_hash = "__hash__" in cls.__dict__ and cls.__dict__["__hash__"] is not None
    hashed = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")
        cls.__hash__ = _set_qualname(cls, _compile(
            "__hash__", ["self"], [f"return hash({_tuple_of(hashed, 'self')})"], {}))
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _set_qualname(cls, _compile(
                "__hash__", ["self"], [f"return hash({_tuple_of(hashed, 'self')})"], {}))
    elif eq and not has_explicit_hash:
        cls.__hash__ = None
    if match_args and "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in all_fields
                                   if f._field_type in (_FIELD, _FIELD_INITVAR) and f.init
                                   and not f.kw_only)
    if not getattr(cls, "__doc__", None):
        cls.__doc__ = cls.__name__ + "(" + ", ".join(f.name for f in field_list) + ")"
    if slots:
        cls = _with_slots(cls, field_list, frozen)
    return cls


def _recursive_repr(fn):
    running = set()

    def wrapper(self):
        key = id(self)
        if key in running:
            return "..."
        running.add(key)
        try:
            return fn(self)
        finally:
            running.discard(key)
    wrapper.__name__ = fn.__name__
    return wrapper


_HAS_DEFAULT_FACTORY = object()


def _add_init(cls, all_fields, frozen):
    init_fields = [f for f in all_fields if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std = [f for f in init_fields if f.init and not f.kw_only]
    kw = [f for f in init_fields if f.init and f.kw_only]
    seen_default = None
    for f in std:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = f
        elif seen_default is not None:
            raise TypeError(f"non-default argument {f.name!r} follows default argument")
    namespace = {"__dataclass_MISSING__": MISSING,
                 "__dataclass_HAS_DEFAULT_FACTORY__": _HAS_DEFAULT_FACTORY,
                 "__dataclass_builtins_object__": object}
    params = ["self"]

    def param(f):
        if f.default_factory is not MISSING:
            return f"{f.name}=__dataclass_HAS_DEFAULT_FACTORY__"
        if f.default is not MISSING:
            namespace[f"__dataclass_dflt_{f.name}__"] = f.default
            return f"{f.name}=__dataclass_dflt_{f.name}__"
        return f.name

    params.extend(param(f) for f in std)
    if kw:
        params.append("*")
        params.extend(param(f) for f in kw)
    body = []
    for f in all_fields:
        if f._field_type is not _FIELD:
            continue
        if f.default_factory is not MISSING:
            namespace[f"__dataclass_dflt_{f.name}__"] = f.default_factory
            if f.init:
                value = (f"__dataclass_dflt_{f.name}__() if {f.name} is "
                         f"__dataclass_HAS_DEFAULT_FACTORY__ else {f.name}")
            else:
                value = f"__dataclass_dflt_{f.name}__()"
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            namespace[f"__dataclass_dflt_{f.name}__"] = f.default
            value = f"__dataclass_dflt_{f.name}__"
        else:
            continue
        if frozen:
            body.append(f"__dataclass_builtins_object__.__setattr__(self, {f.name!r}, {value})")
        else:
            body.append(f"self.{f.name} = {value}")
    if hasattr(cls, "__post_init__"):
        initvars = ", ".join(f.name for f in all_fields if f._field_type is _FIELD_INITVAR)
        body.append(f"self.__post_init__({initvars})")
    if not body:
        body = ["pass"]
    if "__init__" not in cls.__dict__:
        fn = _compile("__init__", params, body, namespace)
        cls.__init__ = _set_qualname(cls, fn)


def _with_slots(cls, field_list, frozen):
    ns = dict(cls.__dict__)
    names = tuple(f.name for f in field_list)
    ns["__slots__"] = names
    for name in names:
        ns.pop(name, None)
    ns.pop("__dict__", None)
    ns.pop("__weakref__", None)
    return type(cls)(cls.__name__, cls.__bases__, ns)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Adds __init__, __repr__, __eq__ (and, as asked, ordering, __hash__, frozenness) to a class
    from its annotated fields."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The Field objects of a dataclass or instance (not ClassVar or InitVar pseudo-fields)."""
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """The instance's fields as a dict, recursing into dataclasses, lists, tuples and dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The instance's fields as a tuple, recursing as asdict does."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance like obj with some fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, it cannot be "
                                 f"specified with replace()")
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False, module=None):
    """Makes a dataclass named cls_name from (name), (name, type) or (name, type, field)
    items."""
    namespace = {} if namespace is None else dict(namespace)
    annotations = {}
    seen = set()
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            namespace[name] = spec
        else:
            raise TypeError(f"Invalid field: {item!r}")
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f"Field names must be valid identifiers: {name!r}")
        if name in seen:
            raise TypeError(f"Field name duplicated: {name!r}")
        seen.add(name)
        annotations[name] = tp
    namespace["__annotations__"] = annotations
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            module = "__main__"
    namespace["__module__"] = module
    cls = type(cls_name, bases, namespace)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots)
