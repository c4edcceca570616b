"""Inspecting live objects, with the part of CPython 3.11's API everyday programs use: the is*()
predicates, getmembers, signature (Signature, Parameter, BoundArguments), getdoc, cleandoc,
getmodule, unwrap, currentframe and stack."""

import enum as _enum
import sys
import types

__all__ = ["isfunction", "ismethod", "isclass", "ismodule", "isgenerator",
           "isgeneratorfunction", "iscoroutinefunction", "iscoroutine", "isawaitable",
           "isasyncgenfunction", "isasyncgen", "isbuiltin", "isroutine", "ismethoddescriptor",
           "isdatadescriptor", "isabstract", "isframe", "iscode", "istraceback",
           "getmembers", "signature", "Signature", "Parameter", "BoundArguments", "getdoc",
           "cleandoc", "getmodule", "getfile", "getmro", "unwrap", "currentframe", "stack",
           "getfullargspec", "FullArgSpec", "getattr_static", "isbuiltin", "getcallargs"]

# The code flags CPython sets on a function's code object.
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200


# ---- predicates

def ismodule(obj):
    return isinstance(obj, types.ModuleType)


def isclass(obj):
    return isinstance(obj, type)


def ismethod(obj):
    return isinstance(obj, types.MethodType)


def isfunction(obj):
    return isinstance(obj, types.FunctionType)


def _unwrap_partial(f):
    while True:
        if ismethod(f):
            f = f.__func__
            continue
        func = getattr(f, "func", None)
        if func is not None and type(f).__name__ == "partial":
            f = func
            continue
        return f


def _has_code_flag(f, flag):
    f = _unwrap_partial(f)
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(obj):
    return isinstance(obj, types.GeneratorType)


def iscoroutine(obj):
    return isinstance(obj, types.CoroutineType)


def isasyncgen(obj):
    return isinstance(obj, types.AsyncGeneratorType)


def isawaitable(obj):
    return iscoroutine(obj) or hasattr(type(obj), "__await__")


def istraceback(obj):
    return isinstance(obj, types.TracebackType)


def isframe(obj):
    return isinstance(obj, types.FrameType)


def iscode(obj):
    return isinstance(obj, types.CodeType)


def isbuiltin(obj):
    return isinstance(obj, types.BuiltinFunctionType)


def ismethoddescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    tp = type(obj)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    tp = type(obj)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def isroutine(obj):
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj) or ismethoddescriptor(obj)


def isabstract(obj):
    return isinstance(obj, type) and bool(getattr(obj, "__abstractmethods__", False))


# ---- members, documentation, modules

def getmembers(obj, predicate=None):
    """The (name, value) pairs of obj's attributes that predicate accepts, sorted by name."""
    names = dir(obj)
    if isclass(obj):
        # Names of a class's bases' own attributes, even those dir() leaves out.
        extra = set()
        for base in obj.__mro__:
            for name in base.__dict__:
                extra.add(name)
        names = sorted(set(names) | extra)
    results = []
    for name in names:
        try:
            value = getattr(obj, name)
        except AttributeError:
            if isclass(obj):
                found = False
                for base in obj.__mro__:
                    if name in base.__dict__:
                        value = base.__dict__[name]
                        found = True
                        break
                if not found:
                    continue
            else:
                continue
        if predicate is None or predicate(value):
            results.append((name, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getmro(cls):
    return cls.__mro__


def cleandoc(doc):
    """A docstring without the indentation its second and later lines share, nor blank lines at
    either end; tabs expanded."""
    lines = doc.expandtabs().split("\n")
    indent = None
    for line in lines[1:]:
        text = line.lstrip()
        if text:
            width = len(line) - len(text)
            indent = width if indent is None else min(indent, width)
    result = [lines[0].lstrip()]
    for line in lines[1:]:
        result.append(line[indent:] if indent else line)
    while result and not result[-1]:
        result.pop()
    while result and not result[0]:
        result.pop(0)
    return "\n".join(result)


def _inherited_doc(obj):
    if isclass(obj):
        for base in obj.__mro__[1:]:
            if base is object:
                continue
            doc = base.__dict__.get("__doc__")
            if isinstance(doc, str):
                return doc
        return None
    func = obj.__func__ if ismethod(obj) else obj
    name = getattr(func, "__name__", None)
    qualname = getattr(func, "__qualname__", "")
    owner = None
    if ismethod(obj):
        owner = obj.__self__ if isclass(obj.__self__) else type(obj.__self__)
    elif isfunction(func) and "." in qualname:
        module = sys.modules.get(getattr(func, "__module__", None))
        owner = module
        for part in qualname.split(".")[:-1]:
            owner = getattr(owner, part, None)
        if not isclass(owner):
            owner = None
    if owner is None or name is None:
        return None
    for base in owner.__mro__:
        if base is owner:
            continue
        attr = base.__dict__.get(name)
        doc = getattr(attr, "__doc__", None)
        if isinstance(doc, str):
            return doc
    return None


def getdoc(obj):
    """obj's docstring cleaned by cleandoc(); for a class or method without one, the one it
    inherits; None when there is none."""
    try:
        doc = obj.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _inherited_doc(obj)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmodule(obj, _filename=None):
    """The module obj was defined in, or None."""
    if ismodule(obj):
        return obj
    name = getattr(obj, "__module__", None)
    if name is not None:
        return sys.modules.get(name)
    return None


def getfile(obj):
    """The file obj (a module, class, function, method, frame or code) was defined in."""
    if ismodule(obj):
        f = getattr(obj, "__file__", None)
        if f:
            return f
        raise TypeError("{!r} is a built-in module".format(obj))
    if isclass(obj):
        module = sys.modules.get(obj.__module__)
        f = getattr(module, "__file__", None)
        if f:
            return f
        raise TypeError("{!r} is a built-in class".format(obj))
    if ismethod(obj):
        obj = obj.__func__
    if isfunction(obj):
        obj = obj.__code__
    if istraceback(obj):
        obj = obj.tb_frame
    if isframe(obj):
        obj = obj.f_code
    if iscode(obj):
        return obj.co_filename
    raise TypeError("module, class, method, function, traceback, frame, or code object was "
                    "expected, got {}".format(type(obj).__name__))


def unwrap(func, *, stop=None):
    """Follows the __wrapped__ chain functools.wraps leaves, to the innermost function."""
    seen = {id(func)}
    f = func
    while hasattr(f, "__wrapped__"):
        if stop is not None and stop(f):
            break
        f = f.__wrapped__
        if id(f) in seen:
            raise ValueError("wrapper loop when unwrapping {!r}".format(func))
        seen.add(id(f))
    return f


def getattr_static(obj, attr, default=None):
    """The attribute as stored (descriptors not called): the instance dict, then the class's."""
    _missing = object()
    d = _missing
    try:
        d = object.__getattribute__(obj, "__dict__")
    except AttributeError:
        pass
    if d is not _missing and not isclass(obj) and attr in d:
        return d[attr]
    mro = obj.__mro__ if isclass(obj) else type(obj).__mro__
    for klass in mro:
        if attr in klass.__dict__:
            return klass.__dict__[attr]
    if default is not None:
        return default
    raise AttributeError(attr)


# ---- frames

def currentframe():
    """The caller's frame."""
    return sys._getframe(1)


class FrameInfo(tuple):
    """(frame, filename, lineno, function, code_context, index) of one frame of a stack."""

    def __new__(cls, frame, filename, lineno, function, code_context, index):
        return tuple.__new__(cls, (frame, filename, lineno, function, code_context, index))

    frame = property(lambda self: self[0])
    filename = property(lambda self: self[1])
    lineno = property(lambda self: self[2])
    function = property(lambda self: self[3])
    code_context = property(lambda self: self[4])
    index = property(lambda self: self[5])

    def __repr__(self):
        return ("FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, "
                "code_context={!r}, index={!r})".format(*self))


def _frame_info(frame, lineno):
    code = frame.f_code
    context = None
    index = None
    try:
        import linecache
        line = linecache.getline(code.co_filename, lineno)
        if line:
            context = [line]
            index = 0
    except ImportError:
        pass
    return FrameInfo(frame, code.co_filename, lineno, code.co_name, context, index)


def stack(context=1):
    """The caller's stack, innermost first, as FrameInfo records."""
    records = []
    frame = sys._getframe(1)
    while frame is not None:
        records.append(_frame_info(frame, frame.f_lineno))
        frame = frame.f_back
    return records


def trace(context=1):
    """The frames between the current one and where the exception being handled was raised."""
    records = []
    tb = sys.exc_info()[2]
    while tb is not None:
        records.append(_frame_info(tb.tb_frame, tb.tb_lineno))
        tb = tb.tb_next
    return records


# ---- signatures

class _empty:
    """Marks a parameter without a default or annotation."""


class _void:
    """Marks an argument not given to replace()."""


class _ParameterKind(_enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self.name

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self]


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

_KIND_DESCRIPTIONS = {
    _POSITIONAL_ONLY: "positional-only",
    _POSITIONAL_OR_KEYWORD: "positional or keyword",
    _VAR_POSITIONAL: "variadic positional",
    _KEYWORD_ONLY: "keyword-only",
    _VAR_KEYWORD: "variadic keyword",
}


def formatannotation(annotation, base_module=None):
    """An annotation as signatures print it: a class by its (qualified) name, typing's objects
    without the 'typing.' prefix, anything else by repr()."""
    if getattr(annotation, "__module__", None) == "typing":
        return repr(annotation).replace("typing.", "")
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ("builtins", base_module):
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation."""

    __slots__ = ("_name", "_kind", "_default", "_annotation")

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f"value {kind!r} is not a valid Parameter.kind") from None
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f"{self._kind.description} parameters cannot have default values")
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError("name is a required attribute for Parameter")
        if not isinstance(name, str):
            raise TypeError(f"name must be a str, not a {type(name).__name__}")
        if not name.isidentifier():
            raise ValueError(f"{name!r} is not a valid parameter name")
        self._name = name

    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: self._kind)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = "{}: {}".format(text, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                text = "{} = {!r}".format(text, self._default)
            else:
                text = "{}={!r}".format(text, self._default)
        if self._kind == _VAR_POSITIONAL:
            text = "*" + text
        elif self._kind == _VAR_KEYWORD:
            text = "**" + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(type(self).__name__, self)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind(): the arguments mapped to parameter names."""

    __slots__ = ("arguments", "_signature")

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[name]
            except KeyError:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started:
                continue
            try:
                arg = self.arguments[name]
            except KeyError:
                continue
            if param.kind == _VAR_KEYWORD:
                kwargs.update(arg)
            else:
                kwargs[name] = arg
        return kwargs

    def apply_defaults(self):
        """Fills in the defaults of the parameters not bound: () for *args, {} for **kwargs."""
        arguments = self.arguments
        filled = []
        for name, param in self._signature.parameters.items():
            if name in arguments:
                filled.append((name, arguments[name]))
            elif param.default is not _empty:
                filled.append((name, param.default))
            elif param.kind == _VAR_POSITIONAL:
                filled.append((name, ()))
            elif param.kind == _VAR_KEYWORD:
                filled.append((name, {}))
        self.arguments = dict(filled)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        parts = ["{}={!r}".format(name, value) for name, value in self.arguments.items()]
        return "<{} ({})>".format(type(self).__name__, ", ".join(parts))


class Signature:
    """The parameters of a callable and its return annotation."""

    __slots__ = ("_parameters", "_return_annotation")

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = {}
        if parameters is not None:
            if __validate_parameters__:
                top_kind = _POSITIONAL_ONLY
                seen_default = False
                for param in parameters:
                    kind = param.kind
                    name = param.name
                    if kind < top_kind:
                        raise ValueError("wrong parameter order: {} parameter before {} "
                                         "parameter".format(top_kind.description,
                                                            kind.description))
                    if kind > top_kind:
                        top_kind = kind
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                raise ValueError("non-default argument follows default argument")
                        else:
                            seen_default = True
                    if name in params:
                        raise ValueError("duplicate parameter name: {!r}".format(name))
                    params[name] = param
            else:
                params = {param.name: param for param in parameters}
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        return _signature_of(obj, follow_wrapped)

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __hash__(self):
        kwonly = frozenset(p for p in self._parameters.values() if p.kind == _KEYWORD_ONLY)
        others = tuple(p for p in self._parameters.values() if p.kind != _KEYWORD_ONLY)
        return hash((others, kwonly, self._return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation
                and list(self._parameters.values()) == list(other._parameters.values()))

    def _bind(self, args, kwargs, partial=False):
        arguments = {}
        params = iter(self._parameters.values())
        pending = []
        args_iter = iter(args)
        # Positional arguments first, in order.
        while True:
            try:
                arg_val = next(args_iter)
            except StopIteration:
                # No more positional arguments: the remaining parameters come from keywords
                # or defaults.
                for param in params:
                    if param.kind == _VAR_POSITIONAL:
                        break
                    if param.name in kwargs:
                        if param.kind == _POSITIONAL_ONLY:
                            raise TypeError("{arg!r} parameter is positional only, but was "
                                            "passed as a keyword".format(arg=param.name))
                        pending.append(param)
                        break
                    if (param.kind == _VAR_KEYWORD or param.default is not _empty
                            or partial):
                        pending.append(param)
                        continue
                    raise TypeError("missing a required argument: {arg!r}".format(
                        arg=param.name)) from None
                break
            try:
                param = next(params)
            except StopIteration:
                raise TypeError("too many positional arguments") from None
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                raise TypeError("too many positional arguments") from None
            if param.kind == _VAR_POSITIONAL:
                values = [arg_val]
                values.extend(args_iter)
                arguments[param.name] = tuple(values)
                break
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                raise TypeError("multiple values for argument {arg!r}".format(
                    arg=param.name)) from None
            arguments[param.name] = arg_val
        # Keyword arguments, then the parameters left.
        kwargs_param = None
        for param in pending + list(params):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            name = param.name
            try:
                arg_val = kwargs.pop(name)
            except KeyError:
                if (not partial and param.kind != _VAR_POSITIONAL
                        and param.default is _empty):
                    raise TypeError("missing a required argument: {arg!r}".format(
                        arg=name)) from None
            else:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError("{arg!r} parameter is positional only, but was passed as "
                                    "a keyword".format(arg=param.name))
                arguments[name] = arg_val
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError("got an unexpected keyword argument {arg!r}".format(
                    arg=next(iter(kwargs))))
        return BoundArguments(self, arguments)

    def bind(self, /, *args, **kwargs):
        """The arguments of a call mapped to the parameters; TypeError if the call would fail."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """As bind(), but parameters may be left out."""
        return self._bind(args, kwargs, partial=True)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self._parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append("/")
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append("*")
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append("/")
        text = "({})".format(", ".join(result))
        if self._return_annotation is not _empty:
            text += " -> {}".format(formatannotation(self._return_annotation))
        return text

    def __repr__(self):
        return "<{} {}>".format(type(self).__name__, self)


def _function_signature(func, skip_first=False):
    code = func.__code__
    pos_count = code.co_argcount
    posonly_count = getattr(code, "co_posonlyargcount", 0)
    kwonly_count = code.co_kwonlyargcount
    names = code.co_varnames
    annotations = getattr(func, "__annotations__", None) or {}
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    first_default = pos_count - len(defaults)
    params = []
    for i in range(pos_count):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < posonly_count else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default,
                                annotation=annotations.get(name, _empty)))
    index = pos_count
    varargs = None
    if code.co_flags & CO_VARARGS:
        varargs = names[pos_count + kwonly_count]
    if varargs is not None:
        params.append(Parameter(varargs, _VAR_POSITIONAL,
                                annotation=annotations.get(varargs, _empty)))
    for i in range(kwonly_count):
        name = names[index + i]
        params.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        slot = pos_count + kwonly_count + (1 if varargs is not None else 0)
        name = names[slot]
        params.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    if skip_first:
        params = _drop_first(params, func)
    return Signature(params, return_annotation=annotations.get("return", _empty),
                     __validate_parameters__=False)


def _drop_first(params, func):
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError("invalid method signature")
    if params[0].kind == _VAR_POSITIONAL:
        return params
    return params[1:]


def _signature_of(obj, follow_wrapped=True, skip_first=False):
    if not callable(obj):
        raise TypeError("{!r} is not a callable object".format(obj))
    if isinstance(obj, types.MethodType):
        sig = _signature_of(obj.__func__, follow_wrapped)
        params = list(sig.parameters.values())
        return sig.replace(parameters=_drop_first(params, obj))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
        if isinstance(obj, types.MethodType):
            return _signature_of(obj, follow_wrapped)
    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError("unexpected object {!r} in __signature__ attribute".format(sig))
            return sig
    if isfunction(obj):
        return _function_signature(obj, skip_first)
    if type(obj).__name__ == "partial" and hasattr(obj, "func"):
        return _partial_signature(obj)
    if isinstance(obj, type):
        return _class_signature(obj)
    if isbuiltin(obj) or ismethoddescriptor(obj):
        raise ValueError("no signature found for builtin {!r}".format(obj))
    call = _lookup_type_attr(type(obj), "__call__")
    if call is not None and isfunction(call):
        return _function_signature(call, skip_first=True)
    raise ValueError("callable {!r} is not supported by signature".format(obj))


def _lookup_type_attr(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


def _class_signature(cls):
    meta_call = _lookup_type_attr(type(cls), "__call__")
    if meta_call is not None and isfunction(meta_call):
        return _function_signature(meta_call, skip_first=True)
    new = _lookup_type_attr(cls, "__new__")
    init = _lookup_type_attr(cls, "__init__")
    if isinstance(new, staticmethod):
        new = new.__func__
    # The one of __new__ and __init__ defined furthest down the MRO decides.
    for klass in cls.__mro__:
        if "__init__" in klass.__dict__ and isfunction(init) and klass.__dict__["__init__"] is init:
            return _function_signature(init, skip_first=True)
        if "__new__" in klass.__dict__ and isfunction(new):
            return _function_signature(new, skip_first=True)
        if klass is object or ("__init__" in klass.__dict__ or "__new__" in klass.__dict__):
            break
    if cls.__init__ is object.__init__ and cls.__new__ is object.__new__:
        if cls is object or object in cls.__mro__ and all(
                b.__module__ != "builtins" or b is object for b in cls.__mro__):
            return Signature()
    raise ValueError("no signature found for builtin type {!r}".format(cls))


def _partial_signature(p):
    sig = _signature_of(p.func)
    params = list(sig.parameters.values())
    args = p.args
    keywords = p.keywords or {}
    new_params = []
    consumed = 0
    for param in params:
        if consumed < len(args) and param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            consumed += 1
            continue
        if consumed < len(args) and param.kind == _VAR_POSITIONAL:
            new_params.append(param)
            continue
        if param.name in keywords:
            param = param.replace(default=keywords[param.name])
            if param.kind == _POSITIONAL_OR_KEYWORD:
                param = param.replace(kind=_KEYWORD_ONLY)
        elif new_params and new_params[-1].kind == _KEYWORD_ONLY and \
                param.kind == _POSITIONAL_OR_KEYWORD:
            param = param.replace(kind=_KEYWORD_ONLY)
        new_params.append(param)
    return sig.replace(parameters=new_params)


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable."""
    return _signature_of(obj, follow_wrapped)


class FullArgSpec(tuple):
    """(args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations)."""

    _fields = ("args", "varargs", "varkw", "defaults", "kwonlyargs", "kwonlydefaults",
               "annotations")

    def __new__(cls, args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations):
        return tuple.__new__(cls, (args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults,
                                   annotations))

    args = property(lambda self: self[0])
    varargs = property(lambda self: self[1])
    varkw = property(lambda self: self[2])
    defaults = property(lambda self: self[3])
    kwonlyargs = property(lambda self: self[4])
    kwonlydefaults = property(lambda self: self[5])
    annotations = property(lambda self: self[6])

    def __repr__(self):
        return "FullArgSpec(" + ", ".join(
            "{}={!r}".format(n, v) for n, v in zip(self._fields, self)) + ")"


def getfullargspec(func):
    """The names and defaults of func's parameters, the old way."""
    try:
        sig = _signature_of(func, follow_wrapped=False)
    except Exception as e:
        raise TypeError("unsupported callable") from e
    args = []
    varargs = varkw = None
    defaults = ()
    kwonlyargs = []
    kwdefaults = {}
    annotations = {}
    if sig.return_annotation is not _empty:
        annotations["return"] = sig.return_annotation
    for param in sig.parameters.values():
        name = param.name
        if param.annotation is not _empty:
            annotations[name] = param.annotation
        if param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not _empty:
                defaults += (param.default,)
        elif param.kind == _VAR_POSITIONAL:
            varargs = name
        elif param.kind == _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not _empty:
                kwdefaults[name] = param.default
        else:
            varkw = name
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs, kwdefaults or None,
                       annotations)


def getcallargs(func, /, *positional, **named):
    """The arguments a call would bind, as a dict (defaults included)."""
    bound = signature(func).bind(*positional, **named)
    bound.apply_defaults()
    return dict(bound.arguments)
