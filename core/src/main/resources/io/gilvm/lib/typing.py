"""Type hints at run time, with CPython 3.11's API: every common name importable and
subscriptable, with CPython's reprs (typing.List[int], typing.Optional[str], ~T).

gilvm does not check types: as in CPython, annotations are for tools. What this module does at
run time is build the objects hints are made of, answer get_origin/get_args/get_type_hints,
make NamedTuple and TypedDict classes, and check runtime_checkable Protocols in isinstance.
"""

import collections.abc as _abc
import collections as _collections
import functools as _functools
import sys as _sys

__all__ = [
    "Annotated", "Any", "Callable", "ClassVar", "Concatenate", "Final", "ForwardRef", "Generic",
    "Literal", "Optional", "ParamSpec", "Protocol", "Tuple", "Type", "TypeVar", "TypeVarTuple",
    "Union", "AbstractSet", "ByteString", "Container", "ContextManager", "Hashable", "ItemsView",
    "Iterable", "Iterator", "KeysView", "Mapping", "MappingView", "MutableMapping",
    "MutableSequence", "MutableSet", "Sequence", "Sized", "ValuesView", "Awaitable",
    "AsyncIterator", "AsyncIterable", "Coroutine", "Collection", "AsyncGenerator",
    "Reversible", "ChainMap", "Counter", "Deque", "Dict", "DefaultDict", "List", "OrderedDict",
    "Set", "FrozenSet", "NamedTuple", "TypedDict", "Generator", "BinaryIO", "IO", "Match",
    "Pattern", "TextIO", "AnyStr", "assert_type", "assert_never", "cast", "clear_overloads",
    "dataclass_transform", "final", "get_args", "get_origin", "get_overloads",
    "get_type_hints", "is_typeddict", "LiteralString", "Never", "NewType", "no_type_check",
    "no_type_check_decorator", "NoReturn", "NotRequired", "overload", "ParamSpecArgs",
    "ParamSpecKwargs", "Required", "reveal_type", "runtime_checkable", "Self", "Text",
    "TYPE_CHECKING", "TypeAlias", "TypeGuard", "Unpack", "SupportsInt", "SupportsFloat",
    "SupportsIndex", "SupportsAbs", "SupportsRound", "SupportsBytes", "SupportsComplex",
]

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, _GenericAlias):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if obj is type(None):
        return "None"
    if isinstance(obj, type(_type_repr)):
        return obj.__name__
    return repr(obj)


def _type_check(arg, msg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    if isinstance(arg, _Final) or arg is Any:
        return arg
    if not callable(arg) and not isinstance(arg, (type, tuple)):
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


class _Final:
    """Objects of typing that cannot be subclassed."""

    __slots__ = ()

    def __init_subclass__(cls, /, *args, _root=False, **kwds):
        if not _root:
            raise TypeError("Cannot subclass special typing classes")


# ---------------------------------------------------------------- special forms

class _SpecialForm(_Final, _root=True):
    def __init__(self, name, doc, getitem=None):
        self._name = name
        self.__doc__ = doc
        self._getitem = getitem

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Compatible with every type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


def _flatten_union(parameters):
    flat = []
    for p in parameters:
        if isinstance(p, _UnionGenericAlias):
            flat.extend(p.__args__)
        elif type(p) is type(int | str):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    unique = []
    for p in flat:
        if p not in unique:
            unique.append(p)
    return tuple(unique)


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    parameters = tuple(_type_check(p, "Union[arg, ...]: each arg must be a type.")
                       for p in parameters)
    parameters = _flatten_union(parameters)
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and type(None) in parameters:
        return _UnionGenericAlias(self, parameters, name="Optional")
    return _UnionGenericAlias(self, parameters)


def _optional_getitem(self, parameters):
    arg = _type_check(parameters, f"{self} requires a single type.")
    return Union[arg, type(None)]


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    unique = []
    for p in parameters:
        if p not in unique:
            unique.append(p)
    return _LiteralGenericAlias(self, tuple(unique))


def _single_getitem(self, parameters):
    item = _type_check(parameters, f"{self._name} accepts only single type.")
    return _GenericAlias(self, (item,))


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    return _AnnotatedAlias(params[0], tuple(params[1:]))


def _concatenate_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters)


Union = _SpecialForm("Union", "Union type; Union[X, Y] means either X or Y.", _union_getitem)
Optional = _SpecialForm("Optional", "Optional[X] is Union[X, None].", _optional_getitem)
Literal = _SpecialForm("Literal", "A type whose values are these literals.", _literal_getitem)
ClassVar = _SpecialForm("ClassVar", "A class variable.", _single_getitem)
Final = _SpecialForm("Final", "A name that cannot be re-assigned.", _single_getitem)
TypeGuard = _SpecialForm("TypeGuard", "A user-defined type guard.", _single_getitem)
Required = _SpecialForm("Required", "A required key of a TypedDict.", _single_getitem)
NotRequired = _SpecialForm("NotRequired", "A key a TypedDict may lack.", _single_getitem)
Unpack = _SpecialForm("Unpack", "Unpacks a TypeVarTuple.", _single_getitem)
Concatenate = _SpecialForm("Concatenate", "Parameters added to a ParamSpec.", _concatenate_getitem)
NoReturn = _SpecialForm("NoReturn", "A function that never returns.")
Never = _SpecialForm("Never", "The bottom type.")
Self = _SpecialForm("Self", "The type of the enclosing class.")
LiteralString = _SpecialForm("LiteralString", "A string made of literals.")
TypeAlias = _SpecialForm("TypeAlias", "Marks an explicit type alias.")


class _AnnotatedSpecial(_SpecialForm, _root=True):
    def __call__(self, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")


Annotated = _AnnotatedSpecial("Annotated", "A type with metadata.", _annotated_getitem)


# ---------------------------------------------------------------- type variables

class _TypeVarLike:
    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        if self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass an instance of {type(self).__name__}")


class TypeVar(_TypeVarLike, _Final, _root=True):
    """A type variable: T = TypeVar('T'), or with constraints or a bound."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__constraints__ = tuple(_type_check(t, "TypeVar(name, constraint, ...): constraints must be types.")
                                     for t in constraints)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None else None
        try:
            self.__module__ = _sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            self.__module__ = "typing"


class TypeVarTuple(_Final, _root=True):
    """A variadic type variable: Ts = TypeVarTuple('Ts')."""

    def __init__(self, name):
        self.__name__ = name

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__


class ParamSpecArgs(_Final, _root=True):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"


class ParamSpecKwargs(_Final, _root=True):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"


class ParamSpec(_TypeVarLike, _Final, _root=True):
    """A parameter specification variable: P = ParamSpec('P')."""

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = bound


AnyStr = TypeVar("AnyStr", bytes, str)
AnyStr.__module__ = "typing"


# ---------------------------------------------------------------- generic aliases

def _collect_parameters(args):
    params = []
    for t in args:
        if isinstance(t, (TypeVar, ParamSpec, TypeVarTuple)):
            if t not in params:
                params.append(t)
        else:
            for p in getattr(t, "__parameters__", ()):
                if p not in params:
                    params.append(p)
    return tuple(params)


class _GenericAlias(_Final, _root=True):
    """A subscripted generic: List[int], Dict[str, T], MyGeneric[int]."""

    def __init__(self, origin, args, *, inst=True, name=None):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        self._inst = inst
        self._name = name

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use "
                            f"{self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name is None and isinstance(origin, type) and issubclass(origin, Generic):
            # MyGeneric[int] as a base: the class itself, unless a later base is a Generic too.
            for b in bases[bases.index(self) + 1:]:
                if isinstance(b, _GenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                    return ()
            return (origin,)
        if origin is Generic:
            return (Generic,)
        result = [origin]
        if Generic not in bases and not any(isinstance(b, type) and issubclass(b, Generic)
                                            for b in bases if b is not self) \
                and self.__parameters__:
            result.append(Generic)
        return tuple(result)

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__") or attr in ("_name", "_inst"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __getitem__(self, args):
        if not isinstance(args, tuple):
            args = (args,)
        params = self.__parameters__
        if not params:
            raise TypeError(f"{self} is not a generic class")
        if len(args) != len(params):
            raise TypeError(f"Too {'many' if len(args) > len(params) else 'few'} arguments "
                            f"for {self}; actual {len(args)}, expected {len(params)}")
        subst = dict(zip(params, args))
        new_args = tuple(_substitute(a, subst) for a in self.__args__)
        return self.copy_with(new_args)

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __repr__(self):
        if self._name:
            name = "typing." + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__ == ((),) or self.__args__ == ():
            args = "()"
        else:
            args = ", ".join(_type_repr(a) for a in self.__args__)
        return f"{name}[{args}]"


def _substitute(arg, subst):
    if isinstance(arg, (TypeVar, ParamSpec)):
        return subst.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg[tuple(subst.get(p, p) for p in arg.__parameters__)]
    return arg


class _UnionGenericAlias(_GenericAlias, _root=True):
    def __init__(self, origin, args, *, name=None):
        super().__init__(origin, args, name=name)

    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, type(int | str))):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is type(None):
                return f"typing.Optional[{_type_repr(args[1])}]"
            if args[1] is type(None):
                return f"typing.Optional[{_type_repr(args[0])}]"
        return f"typing.Union[{', '.join(_type_repr(a) for a in args)}]"

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if isinstance(arg, _GenericAlias):
                raise TypeError("Subscripted generics cannot be used with class and instance checks")
        return any(issubclass(cls, arg) for arg in self.__args__)


class _LiteralGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        return f"typing.Literal[{', '.join(repr(a) for a in self.__args__)}]"

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _AnnotatedAlias(_GenericAlias, _root=True):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def __repr__(self):
        return (f"typing.Annotated[{_type_repr(self.__origin__)}, "
                f"{', '.join(repr(m) for m in self.__metadata__)}]")

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))


class _SpecialGenericAlias(_GenericAlias, _root=True):
    """The unsubscripted aliases of builtin and collections types: List, Dict, Iterable..."""

    def __init__(self, origin, nparams, *, inst=True, name=None, defaults=()):
        super().__init__(origin, (), inst=inst, name=name)
        self._nparams = nparams
        self.__parameters__ = ()

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p, "Parameters to generic types must be types.") for p in params)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments "
                            f"for {self}; actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return "typing." + self._name

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        return issubclass(cls, self.__origin__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class _TupleSpecialAlias(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            return _GenericAlias(tuple, params[:-1] + (...,), name="Tuple")
        return _GenericAlias(tuple, params, name="Tuple")


class _CallableSpecialAlias(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            params = (tuple(args), result)
        return _CallableGenericAlias(self.__origin__, params, name="Callable")


class _CallableGenericAlias(_GenericAlias, _root=True):
    def __init__(self, origin, args, *, name=None, inst=True):
        arglist, result = args
        flat = (arglist if isinstance(arglist, tuple) else (arglist,)) + (result,)
        super().__init__(origin, flat, name=name, inst=inst)
        self._arglist = arglist

    def __repr__(self):
        args = self.__args__
        if self._arglist is ...:
            return f"typing.Callable[..., {_type_repr(args[-1])}]"
        return (f"typing.Callable[[{', '.join(_type_repr(a) for a in args[:-1])}], "
                f"{_type_repr(args[-1])}]")


Hashable = _SpecialGenericAlias(_abc.Hashable, 0, name="Hashable")
Awaitable = _SpecialGenericAlias(_abc.Awaitable, 1, name="Awaitable")
Coroutine = _SpecialGenericAlias(_abc.Coroutine, 3, name="Coroutine")
AsyncIterable = _SpecialGenericAlias(_abc.AsyncIterable, 1, name="AsyncIterable")
AsyncIterator = _SpecialGenericAlias(_abc.AsyncIterator, 1, name="AsyncIterator")
Iterable = _SpecialGenericAlias(_abc.Iterable, 1, name="Iterable")
Iterator = _SpecialGenericAlias(_abc.Iterator, 1, name="Iterator")
Reversible = _SpecialGenericAlias(_abc.Reversible, 1, name="Reversible")
Sized = _SpecialGenericAlias(_abc.Sized, 0, name="Sized")
Container = _SpecialGenericAlias(_abc.Container, 1, name="Container")
Collection = _SpecialGenericAlias(_abc.Collection, 1, name="Collection")
Callable = _CallableSpecialAlias(_abc.Callable, 2, name="Callable")
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, name="AbstractSet")
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1, name="MutableSet")
Mapping = _SpecialGenericAlias(_abc.Mapping, 2, name="Mapping")
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2, name="MutableMapping")
Sequence = _SpecialGenericAlias(_abc.Sequence, 1, name="Sequence")
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1, name="MutableSequence")
ByteString = _SpecialGenericAlias(_abc.ByteString, 0, name="ByteString")
Tuple = _TupleSpecialAlias(tuple, -1, inst=False, name="Tuple")
List = _SpecialGenericAlias(list, 1, inst=False, name="List")
Deque = _SpecialGenericAlias(_collections.deque, 1, name="Deque")
Set = _SpecialGenericAlias(set, 1, inst=False, name="Set")
FrozenSet = _SpecialGenericAlias(frozenset, 1, inst=False, name="FrozenSet")
MappingView = _SpecialGenericAlias(_abc.MappingView, 1, name="MappingView")
KeysView = _SpecialGenericAlias(_abc.KeysView, 1, name="KeysView")
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2, name="ItemsView")
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1, name="ValuesView")
Dict = _SpecialGenericAlias(dict, 2, inst=False, name="Dict")
DefaultDict = _SpecialGenericAlias(_collections.defaultdict, 2, name="DefaultDict")
OrderedDict = _SpecialGenericAlias(_collections.OrderedDict, 2, name="OrderedDict")
Counter = _SpecialGenericAlias(_collections.Counter, 1, name="Counter")
ChainMap = _SpecialGenericAlias(_collections.ChainMap, 2, name="ChainMap")
Generator = _SpecialGenericAlias(_abc.Generator, 3, name="Generator")
AsyncGenerator = _SpecialGenericAlias(_abc.AsyncGenerator, 2, name="AsyncGenerator")
Type = _SpecialGenericAlias(type, 1, inst=False, name="Type")
Text = str


class _ContextManagerBase:
    pass


try:
    import contextlib as _contextlib
    ContextManager = _SpecialGenericAlias(_contextlib.AbstractContextManager, 1,
                                          name="ContextManager")
except ImportError:
    pass


# ---------------------------------------------------------------- Generic and Protocol

class Generic:
    """The base of generic classes: class Stack(Generic[T]): ..."""

    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if not params and cls is not Tuple:
            raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
        if cls in (Generic, Protocol):
            for p in params:
                if not isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)):
                    raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                    f"or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
            return _GenericAlias(cls, params)
        expected = getattr(cls, "__parameters__", ())
        if not expected:
            raise TypeError(f"{cls} is not a generic class")
        if len(params) != len(expected):
            raise TypeError(f"Too {'many' if len(params) > len(expected) else 'few'} arguments "
                            f"for {cls}; actual {len(params)}, expected {len(expected)}")
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        gvars = None
        for base in cls.__dict__.get("__orig_bases__", ()):
            if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                if gvars is not None:
                    raise TypeError("Cannot inherit from Generic[...] multiple times.")
                gvars = base.__parameters__
        for base in cls.__dict__.get("__orig_bases__", ()):
            for p in getattr(base, "__parameters__", ()):
                if p not in tvars:
                    tvars.append(p)
        if gvars is not None:
            missing = [t for t in tvars if t not in gvars]
            if missing:
                raise TypeError(f"Some type variables ({', '.join(map(str, missing))}) "
                                f"are not listed in Generic[{', '.join(map(str, gvars))}]")
            tvars = list(gvars)
        cls.__parameters__ = tuple(tvars)


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        for attr in base.__dict__:
            if not attr.startswith("_abc_") and attr not in (
                    "__abstractmethods__", "__annotations__", "__weakref__", "_is_protocol",
                    "_is_runtime_protocol", "__dict__", "__args__", "__slots__", "__next_in_mro__",
                    "__parameters__", "__origin__", "__orig_bases__", "__extra__", "__tree_hash__",
                    "__doc__", "__subclasshook__", "__init__", "__new__", "__module__",
                    "_MutableMapping__marker", "__qualname__", "__init_subclass__",
                    "__class_getitem__"):
                attrs.add(attr)
    return attrs


class _ProtocolMeta(type(_abc.Iterable)):
    def __instancecheck__(cls, instance):
        if getattr(cls, "_is_protocol", False) and cls.__dict__.get("_is_protocol"):
            if not getattr(cls, "_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            return all(hasattr(instance, attr) and
                       (not callable(getattr(cls, attr, None)) or getattr(instance, attr) is not None)
                       for attr in _protocol_attrs(cls))
        return super().__instancecheck__(instance)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """The base of protocol classes (structural types): class Closable(Protocol): ..."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if cls._is_protocol and cls.__dict__.get("__init__") is None:
            cls.__init__ = _no_init

    def __class_getitem__(cls, params):
        return Generic.__class_getitem__.__func__(cls, params)


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError("Protocols cannot be instantiated")


def runtime_checkable(cls):
    """Lets isinstance() check a Protocol by the attributes it names."""
    if not (isinstance(cls, type) and issubclass(cls, Generic) and getattr(cls, "_is_protocol", False)):
        raise TypeError(f"@runtime_checkable can be only applied to protocol classes, got {cls!r}")
    cls._is_runtime_protocol = True
    return cls


def _supports(name, method):
    def check(cls):
        return cls
    ns = {"__slots__": (), method: lambda self: None}
    proto = _ProtocolMeta(name, (Protocol,), ns)
    proto._is_protocol = True
    proto._is_runtime_protocol = True
    proto.__module__ = "typing"
    return proto


SupportsInt = _supports("SupportsInt", "__int__")
SupportsFloat = _supports("SupportsFloat", "__float__")
SupportsComplex = _supports("SupportsComplex", "__complex__")
SupportsBytes = _supports("SupportsBytes", "__bytes__")
SupportsIndex = _supports("SupportsIndex", "__index__")
SupportsAbs = _supports("SupportsAbs", "__abs__")
SupportsRound = _supports("SupportsRound", "__round__")


# ---------------------------------------------------------------- NamedTuple and TypedDict

class _NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        if ns.get("_root"):
            return super().__new__(cls, typename, bases, ns)
        types = ns.get("__annotations__", {})
        field_names = list(types)
        defaults = []
        for name in field_names:
            if name in ns:
                defaults.append(ns[name])
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {name} cannot follow default "
                                f"field{'s' if len(defaults) > 1 else ''} "
                                f"{', '.join(field_names[len(field_names) - len(defaults) - 1:field_names.index(name)])}")
        nm_tpl = _collections.namedtuple(typename, field_names, defaults=defaults,
                                         module=ns.get("__module__", "__main__"))
        # As CPython, a string annotation becomes a ForwardRef, None becomes NoneType.
        nm_tpl.__annotations__ = {n: ForwardRef(t) if isinstance(t, str)
                                  else type(None) if t is None else t
                                  for n, t in types.items()}
        for key, value in ns.items():
            if key in ("__module__", "__qualname__", "__annotations__", "_root") or key in field_names:
                continue
            if key in ("_make", "_asdict", "_replace", "_fields", "_field_defaults", "__new__",
                       "__init__", "__slots__", "__getnewargs__"):
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            setattr(nm_tpl, key, value)
        return nm_tpl


class NamedTuple(metaclass=_NamedTupleMeta):
    """A typed version of collections.namedtuple: class Point(NamedTuple): x: int; y: int = 0.
    NamedTuple('Point', [('x', int), ('y', int)]) works too."""

    _root = True

    def __new__(cls, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        fields = list(fields)
        nm_tpl = _collections.namedtuple(typename, [n for n, t in fields])
        nm_tpl.__annotations__ = {n: t for n, t in fields}
        return nm_tpl


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        if ns.get("_root"):
            return super().__new__(cls, name, bases, ns)
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not dict:
                raise TypeError("cannot inherit from both a TypedDict type and a non-TypedDict base class")
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required.update(base.__dict__.get("__required_keys__", ()))
            optional.update(base.__dict__.get("__optional_keys__", ()))
        own = ns.get("__annotations__", {})
        annotations.update(own)
        for key, tp in own.items():
            origin = getattr(tp, "__origin__", None)
            if origin is Required:
                required.add(key)
            elif origin is NotRequired:
                optional.add(key)
            elif total:
                required.add(key)
            else:
                optional.add(key)
        body = {k: v for k, v in ns.items() if k != "__annotations__"}
        body["__annotations__"] = annotations
        body["__required_keys__"] = frozenset(required)
        body["__optional_keys__"] = frozenset(optional)
        body["__total__"] = total
        return super().__new__(cls, name, (dict,), body)

    def __call__(cls, *args, **kwargs):
        if cls.__dict__.get("_root"):
            return cls._functional(*args, **kwargs)
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError("TypedDict does not support instance and class checks")

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")


class TypedDict(dict, metaclass=_TypedDictMeta):
    """A dict with a fixed set of typed keys: class Movie(TypedDict): name: str; year: int.
    Calling it makes a plain dict."""

    _root = True

    @staticmethod
    def _functional(typename, fields=None, /, *, total=True, **kwargs):
        if fields is None:
            fields = kwargs
        return _TypedDictMeta(typename, (), {"__annotations__": dict(fields),
                                             "__module__": "__main__"}, total=total)


def is_typeddict(tp):
    """Whether tp is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta) and not tp.__dict__.get("_root")


# ---------------------------------------------------------------- functions

def cast(typ, val):
    """Returns val unchanged: tells a type checker that val has type typ."""
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    print(f"Runtime type is {type(obj).__name__!r}", file=_sys.stderr)
    return obj


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    """Marks one signature of an overloaded function (for type checkers); the undecorated
    definition that follows is the one called."""
    key = (getattr(func, "__module__", None), getattr(func, "__qualname__", None))
    _overload_registry.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    return list(_overload_registry.get((getattr(func, "__module__", None),
                                        getattr(func, "__qualname__", None)), []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    """Marks a method or class final (for type checkers); sets __final__ when it can."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default, "order_default": order_default,
            "kw_only_default": kw_only_default, "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


class NewType:
    """NewType('UserId', int): a distinct name for a type checker; calling it returns its
    argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        try:
            self.__module__ = _sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            self.__module__ = "__main__"

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were looking "
                        f"for: `{self.__name__} = NewType({self.__name__!r}, {self.__name__})`")

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ForwardRef(_Final, _root=True):
    """A type written as a string, to be evaluated later."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns):
        value = eval(self.__forward_arg__, globalns, localns)
        self.__forward_evaluated__ = True
        self.__forward_value__ = value
        return value

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f"ForwardRef({self.__forward_arg__!r})"


def get_origin(tp):
    """The unsubscripted form of tp: get_origin(List[int]) is list; None for plain types."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, _GenericAlias):
        if isinstance(tp, _SpecialGenericAlias):
            return tp.__origin__
        return tp.__origin__
    if tp is Generic:
        return Generic
    if type(tp) is type(list[int]):
        return tp.__origin__
    if type(tp) is type(int | str):
        return type(int | str)
    return None


def get_args(tp):
    """The arguments of a subscripted type: get_args(Dict[str, int]) is (str, int)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableGenericAlias):
        args = tp.__args__
        if tp._arglist is ...:
            return (..., args[-1])
        return (list(args[:-1]), args[-1])
    if isinstance(tp, _GenericAlias) and not isinstance(tp, _SpecialGenericAlias):
        return tp.__args__
    if type(tp) in (type(list[int]), type(int | str)):
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, method, module or class (with its bases), with string
    annotations evaluated and None made type(None)."""
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get("__annotations__", {})
            base_globals = globalns
            if base_globals is None:
                module = _sys.modules.get(base.__module__)
                base_globals = getattr(module, "__dict__", {})
            for name, value in ann.items():
                hints[name] = _eval_hint(value, base_globals, localns)
        return hints if include_extras else {k: _strip_annotated(v) for k, v in hints.items()}
    ann = getattr(obj, "__annotations__", None)
    if ann is None:
        raise TypeError(f"{obj!r} is not a module, class, method, or function.")
    if globalns is None:
        globalns = getattr(obj, "__globals__", None) or getattr(obj, "__dict__", {})
    hints = {name: _eval_hint(value, globalns, localns) for name, value in ann.items()}
    return hints if include_extras else {k: _strip_annotated(v) for k, v in hints.items()}


def _eval_hint(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        value = ForwardRef(value)
    if isinstance(value, ForwardRef):
        return value._evaluate(globalns, localns)
    return value


def _strip_annotated(tp):
    if isinstance(tp, _AnnotatedAlias):
        return tp.__origin__
    return tp


# ---------------------------------------------------------------- IO and regular expressions

class IO(Generic[AnyStr]):
    """The generic type of file objects (for annotations)."""

    __slots__ = ()


class BinaryIO(IO[bytes]):
    __slots__ = ()


class TextIO(IO[str]):
    __slots__ = ()


try:
    import re as _re
    Pattern = _SpecialGenericAlias(type(_re.compile("")), 1, name="Pattern")
    Match = _SpecialGenericAlias(type(_re.match("", "")), 1, name="Match")
except ImportError:
    pass
