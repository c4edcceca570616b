"""Enumerations, with CPython 3.11's API: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique.

EnumType (alias EnumMeta) turns the names a class body binds into members: instances of the
class, each with a name and a value, made once when the class is made. Values are looked up
with Class(value), names with Class[name].
"""

import sys as _sys

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "auto",
           "unique", "ReprEnum", "property", "global_enum", "verify", "member", "nonmember"]

_builtin_property = property


class auto:
    """Stands for a value the enum chooses: 1, 2, 3... (powers of two for Flag, the lower-case
    name for StrEnum)."""

    _counter = 0

    def __init__(self, value=None):
        self.value = value
        auto._counter += 1
        self._order = auto._counter

    def __repr__(self):
        return "auto(%r)" % (self.value,) if self.value is not None else "auto()"


class member:
    """Forces an attribute of an enum class body to become a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps an attribute of an enum class body from becoming a member."""

    def __init__(self, value):
        self.value = value


property = _builtin_property


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_descriptor(obj):
    return (hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")
            or isinstance(obj, (classmethod, staticmethod, _builtin_property, type(_is_dunder))))


def _is_private(cls_name, name):
    prefix = f"_{cls_name.lstrip('_')}__"
    return name.startswith(prefix) and not name.endswith("__")


class _EnumDict(dict):
    """The namespace of an enum class body: an auto() bound to a member name takes its value
    there and then, so later lines of the body can compute with it."""

    def __init__(self, cls_name, gen):
        super().__init__()
        self._cls_name = cls_name
        self._gen = gen
        self._member_count = 0
        self._last_values = []

    def __setitem__(self, key, value):
        if key == "_generate_next_value_":
            if self._member_count:
                raise TypeError("_generate_next_value_ must be defined before members")
            gen = value.__func__ if isinstance(value, staticmethod) else value
            self._gen = gen
        elif not (_is_dunder(key) or _is_sunder(key) or _is_private(self._cls_name, key)
                  or _is_descriptor(value) or isinstance(value, nonmember)):
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                if value.value is None:
                    value.value = self._next_value(key)
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(self._next_value(key) if isinstance(v, auto) else v
                              for v in value)
            self._member_count += 1
            self._last_values.append(value)
        super().__setitem__(key, value)

    def _next_value(self, key):
        if self._gen is None:
            raise TypeError("auto() needs an enum base with _generate_next_value_")
        return self._gen(key, 1, self._member_count, list(self._last_values))


class EnumType(type):
    """The metaclass of enumerations."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        gen = None
        for base in bases:
            gen = getattr(base, "_generate_next_value_", None)
            if gen is not None:
                break
        return _EnumDict(cls, gen)

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        # The members, in definition order: what the body bound that is not a dunder, a sunder,
        # a descriptor (method, property...) or a private name.
        members = []
        body = {}
        for key, value in classdict.items():
            if isinstance(value, nonmember):
                body[key] = value.value
            elif isinstance(value, member):
                members.append((key, value.value))
            elif _is_dunder(key) or _is_sunder(key) or _is_private(cls, key) or _is_descriptor(value):
                body[key] = value
            else:
                members.append((key, value))
        ignore = classdict.get("_ignore_", [])
        if isinstance(ignore, str):
            ignore = ignore.replace(",", " ").split()
        members = [(k, v) for k, v in members if k not in ignore]
        for key in ignore:
            body.pop(key, None)
        body.pop("_ignore_", None)
        names = [k for k, v in members]
        for name in names:
            if name in ("mro", ""):
                raise ValueError(f"invalid enum member name: {name!r}")
        if "_generate_next_value_" not in body:
            for base in bases:
                gen = getattr(base, "_generate_next_value_", None)
                if gen is not None:
                    break
        body["_member_names_"] = []
        body["_member_map_"] = {}
        body["_value2member_map_"] = {}
        body["_unhashable_values_"] = []
        body["_member_type_"] = member_type
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        enum_class._new_member_ = (member_type.__new__ if member_type is not object
                                   else object.__new__)
        # With a data type mixed in ahead of the enum base (class S(str, Enum)), the data type's
        # repr/str/format would win the lookup; the members show as enum members unless the
        # class body (or an enum base such as IntEnum) chose otherwise.
        if isinstance(first_enum, EnumType):
            for name in ("__repr__", "__str__", "__format__"):
                if name in classdict:
                    continue
                owner = next((k for k in enum_class.__mro__ if name in k.__dict__), object)
                if not isinstance(owner, EnumType):
                    setattr(enum_class, name, getattr(first_enum, name))
        # The values auto() stands for, in order.
        gen = enum_class._generate_next_value_
        last_values = []
        resolved = []
        for index, (name, value) in enumerate(members):
            if isinstance(value, auto):
                if value.value is None:
                    value.value = gen(name, 1, index, list(last_values))
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(gen(name, 1, index, list(last_values)) if isinstance(v, auto) else v
                              for v in value)
            last_values.append(value)
            resolved.append((name, value))
        for name, value in resolved:
            enum_class._add_member_(name, value)
        if Flag is not None and issubclass(enum_class, Flag):
            all_bits = 0
            for m in enum_class._member_map_.values():
                all_bits |= m._value_
            enum_class._flag_mask_ = all_bits
        return enum_class

    def _add_member_(cls, name, value):
        args = value if isinstance(value, tuple) and cls._member_type_ is not tuple else (value,)
        # An enum (or enum base) that defines __new__ makes its members with it.
        new = None
        for klass in cls.__mro__:
            if klass is Enum or klass is object or not isinstance(klass, EnumType):
                continue
            if "__new__" in klass.__dict__:
                new = klass.__dict__["__new__"]
                if isinstance(new, staticmethod):
                    new = new.__func__
                break
        if new is not None:
            enum_member = new(cls, *args)
            if not hasattr(enum_member, "_value_"):
                enum_member._value_ = value
        elif cls._member_type_ is object:
            enum_member = object.__new__(cls)
            enum_member._value_ = value
        else:
            enum_member = cls._member_type_.__new__(cls, *args)
            enum_member._value_ = cls._member_type_(*args)
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = cls
        if "__init__" in _own_dicts(cls):
            cls.__init__(enum_member, *args)
        enum_member._sort_order_ = len(cls._member_names_)
        # An alias: a name bound to the value of an earlier member names that member.
        for existing in cls._member_map_.values():
            if existing._value_ == value:
                enum_member = existing
                break
        else:
            if Flag is None or not issubclass(cls, Flag) or _is_single_bit(value):
                cls._member_names_.append(name)
        cls._member_map_[name] = enum_member
        try:
            cls._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            cls._unhashable_values_.append(value)
        type.__setattr__(cls, name, enum_member)

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        if not bases:
            return object, Enum
        last = bases[-1]
        if not isinstance(last, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError(f"<enum {class_name!r}> cannot extend {base!r}")
        member_type = object
        for chain in bases:
            for base in chain.__mro__:
                if base is object or base is Enum or base is Flag:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        member_type = base._member_type_
                        break
                    continue
                member_type = base
                break
            if member_type is not object:
                break
        return member_type, last

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls._lookup_(value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _lookup_(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is not None:
            raise TypeError(f"error in {cls.__name__}._missing_: returned {result!r} instead of "
                            f"None or a valid member")
        raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        body = {}
        if names and isinstance(names, (tuple, list)) and isinstance(names[0], str):
            last = []
            for count, name in enumerate(names):
                value = cls._generate_next_value_(name, start, count, list(last))
                last.append(value)
                body[name] = value
        else:
            items = names.items() if hasattr(names, "items") else names
            for name, value in items:
                body[name] = value
        if module is None:
            try:
                module = _sys._getframe(2).f_globals.get("__name__", "__main__")
            except (AttributeError, ValueError):
                module = "__main__"
        body["__module__"] = module
        if qualname is not None:
            body["__qualname__"] = qualname
        metacls = cls.__class__
        return metacls.__new__(metacls, class_name, bases, body)

    def __contains__(cls, value):
        if not isinstance(value, Enum):
            raise TypeError(f"unsupported operand type(s) for 'in': '{type(value).__qualname__}' "
                            f"and '{type(cls).__qualname__}'")
        return isinstance(value, cls) and value._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f"{cls.__name__}: cannot delete Enum member {attr!r}.")
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @_builtin_property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return f"<flag {cls.__name__!r}>"
        return f"<enum {cls.__name__!r}>"

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError(f"cannot reassign member {name!r}")
        super().__setattr__(name, value)

    def __dir__(cls):
        return ["__class__", "__doc__", "__members__", "__module__"] + list(cls._member_names_)


EnumMeta = EnumType


def _own_dicts(cls):
    names = set()
    for klass in cls.__mro__:
        if klass in (Enum, object) or (ReprEnum is not None and klass is ReprEnum):
            break
        names.update(klass.__dict__)
    return names


def _is_single_bit(value):
    return value != 0 and (value & (value - 1)) == 0


Enum = None
Flag = None
ReprEnum = None


class Enum(metaclass=EnumType):
    """An enumeration: class Color(Enum): RED = 1; GREEN = 2."""

    @classmethod
    def _generate_next_value_(cls, name, start, count, last_values):
        if not last_values:
            return start
        for value in reversed(last_values):
            try:
                return value + 1
            except TypeError:
                continue
        raise TypeError(f"unable to sort non-numeric values")

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        value_repr = (self._member_type_.__repr__ if self._member_type_ is not object
                      else repr)
        shown = value_repr(self._value_) if self._member_type_ is not object else repr(self._value_)
        return f"<{self.__class__.__name__}.{self._name_}: {shown}>"

    def __str__(self):
        return f"{self.__class__.__name__}.{self._name_}"

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __eq__(self, other):
        return self is other

    def __ne__(self, other):
        return self is not other

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        return ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]

    @_builtin_property
    def name(self):
        """The member's name."""
        return self._name_

    @_builtin_property
    def value(self):
        """The member's value."""
        return self._value_


class ReprEnum(Enum):
    """An enum whose str() and format() are those of its data type (IntEnum, StrEnum)."""


class IntEnum(int, ReprEnum):
    """An enum whose members are also ints."""

    __repr__ = Enum.__repr__

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)

    def __eq__(self, other):
        return int(self) == other

    def __ne__(self, other):
        return int(self) != other

    def __lt__(self, other):
        return int(self) < other

    def __le__(self, other):
        return int(self) <= other

    def __gt__(self, other):
        return int(self) > other

    def __ge__(self, other):
        return int(self) >= other

    def __hash__(self):
        return int.__hash__(self)


class StrEnum(str, ReprEnum):
    """An enum whose members are also strs; auto() gives the lower-cased name."""

    __repr__ = Enum.__repr__

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError(f"too many arguments for str(): {values!r}")
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(f"{values[0]!r} is not a string")
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __eq__(self, other):
        return str.__eq__(self, other)

    def __ne__(self, other):
        return str.__ne__(self, other)

    def __hash__(self):
        return str.__hash__(self)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    """An enum whose members combine with |, & and ^ into other members of the class."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = 0
        for value in last_values:
            if value > high:
                high = value
        return 1 << high.bit_length() if high else 1

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        mask = cls._flag_mask_
        if value < 0:
            value = value & mask if value >= -(mask + 1) else value
        if value & ~mask:
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls if m._value_ & value == m._value_ and m._value_]
        pseudo._name_ = "|".join(names) if names else None
        return cls._value2member_map_.setdefault(value, pseudo)

    def _members_in_(self):
        return [m for m in self.__class__ if m._value_ and m._value_ & self._value_ == m._value_]

    def __iter__(self):
        return iter(self._members_in_())

    def __len__(self):
        return len(self._members_in_())

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(f"unsupported operand type(s) for 'in': '{type(other).__qualname__}' "
                            f"and '{self.__class__.__qualname__}'")
        return other._value_ & self._value_ == other._value_

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return f"<{cls_name}: {self._value_!r}>"
        return f"<{cls_name}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return f"{cls_name}({self._value_!r})"
        return f"{cls_name}.{self._name_}"

    def __bool__(self):
        return bool(self._value_)

    def __hash__(self):
        return hash(self._value_)

    def __or__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ ^ other._value_)

    def __invert__(self):
        return self.__class__(self.__class__._flag_mask_ & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag):
    """A Flag whose members are also ints."""

    __repr__ = Flag.__repr__

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)

    def __eq__(self, other):
        return int(self) == other

    def __hash__(self):
        return int.__hash__(self)

    def __or__(self, other):
        if isinstance(other, int):
            return self.__class__(int(self) | int(other))
        return NotImplemented

    def __and__(self, other):
        if isinstance(other, int):
            return self.__class__(int(self) & int(other))
        return NotImplemented

    def __xor__(self, other):
        if isinstance(other, int):
            return self.__class__(int(self) ^ int(other))
        return NotImplemented

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


def unique(enumeration):
    """A class decorator that raises ValueError if any two members have the same value."""
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m._name_:
            duplicates.append((name, m._name_))
    if duplicates:
        alias_details = ", ".join(f"{alias} -> {name}" for alias, name in duplicates)
        raise ValueError(f"duplicate values found in {enumeration!r}: {alias_details}")
    return enumeration


def global_enum(cls):
    """Puts the members of cls in its module's namespace."""
    module = _sys.modules.get(cls.__module__)
    if module is not None:
        for name, m in cls.__members__.items():
            setattr(module, name, m)
    return cls


def verify(*checks):
    def decorator(enumeration):
        return enumeration
    return decorator
