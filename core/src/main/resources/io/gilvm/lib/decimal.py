"""decimal: decimal floating point with CPython 3.11's context semantics (gilvm's own
implementation, on Python's integers; its hot paths, rounding, sums, quotients, comparisons and
parsing, are the Java module _gilvm_decimal).

A Decimal is a sign, an integer coefficient and a power-of-ten exponent, or an infinity or a
NaN. Results are exact and then rounded to the thread's context (getcontext(): 28 digits,
ROUND_HALF_EVEN, traps InvalidOperation, DivisionByZero and Overflow), which records the
conditions met in its flags and raises the trapped ones, as CPython's decimal does.

exp, ln, log10 and powers with a non-integral exponent are computed on integers with guard
digits that grow until the rounding is certain, so they are correctly rounded as CPython's.
"""

import math as _math
import numbers as _numbers
import _thread
import _gilvm_decimal as _core
from collections import namedtuple as _namedtuple

__all__ = [
    "Decimal", "Context", "DecimalTuple", "DefaultContext", "BasicContext", "ExtendedContext",
    "DecimalException", "Clamped", "InvalidOperation", "DivisionByZero", "Inexact", "Rounded",
    "Subnormal", "Overflow", "Underflow", "FloatOperation", "DivisionImpossible",
    "InvalidContext", "ConversionSyntax", "DivisionUndefined",
    "ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN", "ROUND_CEILING", "ROUND_FLOOR",
    "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP",
    "setcontext", "getcontext", "localcontext", "MAX_PREC", "MAX_EMAX", "MIN_EMIN",
    "MIN_ETINY", "HAVE_THREADS", "HAVE_CONTEXTVAR",
]

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP,
              ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)
# The roundings by _gilvm_decimal's codes.
_RINDEX = {ROUND_HALF_EVEN: 0, ROUND_HALF_UP: 1, ROUND_HALF_DOWN: 2, ROUND_DOWN: 3,
           ROUND_UP: 4, ROUND_CEILING: 5, ROUND_FLOOR: 6, ROUND_05UP: 7}


# ---------------------------------------------------------------------------------------------
# Signals

class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# The signals a context keeps flags and traps for, in CPython's order.
_SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal,
            Inexact, Rounded, Clamped]
# The order in which a context's repr lists them.
_REPR_ORDER = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow,
               Rounded, Subnormal, Underflow]
# A condition that is not itself a signal is flagged and trapped as this signal.
_SIGNAL_OF = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
              DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}
# The conditions _gilvm_decimal reports, by their codes.
_CONDS = (Clamped, Subnormal, Rounded, Inexact, Underflow, Overflow)


# ---------------------------------------------------------------------------------------------
# Contexts

class _SignalDict(dict):
    """A context's flags or traps: a dict from each signal to a bool."""

    def __setitem__(self, key, value):
        if key not in _SIGNALS:
            raise KeyError(key)
        dict.__setitem__(self, key, bool(value))

    def __repr__(self):
        return "{" + ", ".join("<class 'decimal.%s'>:%s" % (k.__name__, v)
                               for k, v in self.items()) + "}"


def _signal_dict(value):
    d = _SignalDict()
    for s in _SIGNALS:
        dict.__setitem__(d, s, False)
    if value is None:
        return d
    if isinstance(value, dict):
        for k, v in value.items():
            d[k] = v
    else:
        for k in value:
            d[k] = True
    return d


_CORE_FIELDS = ("prec", "rounding", "Emin", "Emax", "clamp")


class Context(object):
    """The environment of decimal arithmetic: precision, rounding, exponent limits, and the
    flags and traps of the signals."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        base = DefaultContext if DefaultContext is not None else None
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else (base.capitals if base else 1)
        self.clamp = clamp if clamp is not None else (base.clamp if base else 0)
        if flags is None:
            self.flags = _signal_dict(None)
        else:
            self.flags = _signal_dict(flags)
        if traps is None:
            self.traps = _signal_dict(dict(base.traps) if base else
                                      [InvalidOperation, DivisionByZero, Overflow])
        else:
            self.traps = _signal_dict(traps)

    def __setattr__(self, name, value):
        if name == "prec":
            value = _check_int(value)
            if not 1 <= value <= MAX_PREC:
                raise ValueError("valid range for prec is [1, MAX_PREC]")
        elif name == "rounding":
            if value not in _ROUNDINGS:
                raise TypeError("valid values for rounding are:\n"
                                "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                                "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                                "   ROUND_05UP]")
        elif name == "Emin":
            value = _check_int(value)
            if not MIN_EMIN <= value <= 0:
                raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        elif name == "Emax":
            value = _check_int(value)
            if not 0 <= value <= MAX_EMAX:
                raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        elif name == "capitals":
            value = _check_int(value)
            if value not in (0, 1):
                raise ValueError("valid values for capitals are 0 or 1")
        elif name == "clamp":
            value = _check_int(value)
            if value not in (0, 1):
                raise ValueError("valid values for clamp are 0 or 1")
        elif name in ("flags", "traps"):
            if not isinstance(value, _SignalDict):
                value = _signal_dict(value)
        else:
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)
        if name in _CORE_FIELDS:
            # The tuple _gilvm_decimal rounds with, once every field is set.
            d = self.__dict__
            if "clamp" in d and "prec" in d and "rounding" in d and "Emin" in d and "Emax" in d:
                object.__setattr__(self, "_p", (d["prec"], d["Emin"], d["Emax"],
                                                _RINDEX[d["rounding"]], d["clamp"]))

    def __delattr__(self, name):
        raise AttributeError("context attributes cannot be deleted")

    def __repr__(self):
        flags = [s.__name__ for s in _REPR_ORDER if self.flags[s]]
        traps = [s.__name__ for s in _REPR_ORDER if self.traps[s]]
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, "
                "flags=[%s], traps=[%s])" % (self.prec, self.rounding, self.Emin, self.Emax,
                                             self.capitals, self.clamp, ", ".join(flags),
                                             ", ".join(traps)))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                       self.clamp, dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for s in _SIGNALS:
            dict.__setitem__(self.flags, s, False)

    def clear_traps(self):
        for s in _SIGNALS:
            dict.__setitem__(self.traps, s, False)

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _signal(self, conditions):
        """Flags each condition's signal; raises the first trapped signal, its message listing
        every trapped condition."""
        trapped = []
        first = None
        for cond in conditions:
            sig = _SIGNAL_OF.get(cond, cond)
            dict.__setitem__(self.flags, sig, True)
            if self.traps[sig]:
                trapped.append(cond)
                if first is None:
                    first = sig
        if first is not None:
            raise first(trapped)

    def create_decimal(self, num="0"):
        d = Decimal(num, self)
        if d._special:
            if d._special >= 2 and len(str(d._int)) > self.prec - self.clamp and d._int:
                self._signal([ConversionSyntax])
                return _NAN
            return d
        return _finish(d._sign, d._int, d._exp, self)

    def create_decimal_from_float(self, f):
        return self.create_decimal(Decimal.from_float(f))

    # The arithmetic operations as context methods: most are made from the Decimal method they
    # call (_context_method, after class Decimal); these take operands of their own kind.
    def power(self, a, b, modulo=None):
        return _dec(a, True).__pow__(_dec(b, True), modulo, context=self)

    def fma(self, a, b, c):
        return _dec(a, True).fma(b, c, context=self)

    def rotate(self, a, b):
        return _dec(a, True).rotate(b, context=self)

    def shift(self, a, b):
        return _dec(a, True).shift(b, context=self)


def _check_int(value):
    if not isinstance(value, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return int(value)


DefaultContext = None
DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         capitals=1, clamp=0, flags=[],
                         traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, flags=[],
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, flags=[], traps=[])

_local = _thread._local()


def getcontext():
    """The current thread's context (a copy of DefaultContext the first time)."""
    try:
        return _local.context
    except AttributeError:
        ctx = DefaultContext.copy()
        ctx.clear_flags()
        _local.context = ctx
        return ctx


def setcontext(context):
    """Makes context the current thread's context."""
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _local.context = context


class _ContextManager(object):
    def __init__(self, ctx):
        self.new_context = ctx

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager that makes a copy of ctx (or of the current context), changed by the
    keyword arguments, current for the body of a with statement."""
    if ctx is None:
        ctx = getcontext()
    ctx = ctx.copy()
    for key, value in kwargs.items():
        if key not in ("prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps"):
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        setattr(ctx, key, value)
    return _ContextManager(ctx)


# ---------------------------------------------------------------------------------------------
# Decimal

DecimalTuple = _namedtuple("DecimalTuple", "sign digits exponent", module="decimal")

# _special: 0 finite, 1 infinity, 2 quiet NaN, 3 signaling NaN (its payload in _int).
_FINITE, _INF, _QNAN, _SNAN = 0, 1, 2, 3

_new = object.__new__

# compare_total's order of the kinds of value, by _special.
_TOTAL_RANK = {_FINITE: 0, _INF: 1, _SNAN: 2, _QNAN: 3}


def _make(sign, coeff, exp, special=_FINITE):
    d = _new(Decimal)
    d._sign = sign
    d._int = coeff
    d._exp = exp
    d._special = special
    return d


_digits = _core.digits  # the number of decimal digits of the non-negative int n (1 for 0)


def _round_drop(sign, coeff, k, rounding):
    """coeff with its k low digits dropped under the rounding mode; and whether anything
    non-zero was dropped."""
    return _core.round_drop(sign, coeff, k, _RINDEX[rounding])


_SIGNALS_OF_CODES = {}  # a tuple of _gilvm_decimal's condition codes -> their signals
_dict_set = dict.__setitem__


def _done(r, ctx):
    """The Decimal of a _gilvm_decimal result, its conditions signalled."""
    codes = r[4]
    if codes:
        sigs = _SIGNALS_OF_CODES.get(codes)
        if sigs is None:
            sigs = _SIGNALS_OF_CODES[codes] = [_CONDS[c] for c in codes]
        # The conditions the core reports are signals themselves: flag them, and leave the
        # raising to _signal when one is trapped.
        traps = ctx.traps
        flags = ctx.flags
        for sig in sigs:
            if traps[sig]:
                ctx._signal(sigs)
            _dict_set(flags, sig, True)
    d = _new(Decimal)
    d._sign = r[0]
    d._int = r[1]
    d._exp = r[2]
    d._special = r[3]
    return d


def _finish(sign, coeff, exp, ctx, conditions=None):
    """The finite value (-1)**sign * coeff * 10**exp rounded to the context, with the
    conditions met signalled."""
    r = _core.finish(sign, coeff, exp, ctx._p)
    if conditions:
        ctx._signal(_order(conditions + [_CONDS[c] for c in r[4]]))
        return _make(r[0], r[1], r[2], r[3])
    return _done(r, ctx)


def _order(conditions):
    seen = []
    for c in conditions:
        if c not in seen:
            seen.append(c)
    return seen


def _dec(value, strict=False, op=None, other=None, reverse=False):
    """value as a Decimal for arithmetic: Decimals and ints are converted exactly; anything
    else gives NotImplemented (or a TypeError when strict)."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return _from_int(value)
    if strict:
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)
    return NotImplemented


def _from_int(value):
    if type(value) is not int:
        value = int(value)  # a bool or another int subclass: its plain value
    if value < 0:
        return _make(1, -value, 0)
    return _make(0, value, 0)


_NAN = None  # set below


def _parse(s):
    """The Decimal written in s, or None."""
    r = _core.parse(s)
    if r is not False:
        return None if r is None else _make(r[0], r[1], r[2], r[3])
    s = s.strip()
    # CPython 3.11's decimal drops every underscore of a numeric string, wherever it is.
    s = s.replace("_", "")
    if not s:
        return None
    sign = 0
    if s[0] in "+-":
        sign = 1 if s[0] == "-" else 0
        s = s[1:]
    low = s.lower()
    if low in ("inf", "infinity"):
        return _make(sign, 0, 0, _INF)
    if low.startswith("snan") or low.startswith("nan"):
        special = _SNAN if low.startswith("snan") else _QNAN
        payload = low[4:] if special == _SNAN else low[3:]
        if payload == "":
            return _make(sign, 0, 0, special)
        if not payload.isdigit() or not payload.isascii():
            if not payload.isdigit():
                return None
        return _make(sign, int(payload), 0, special)
    mant, e, exps = s, 0, None
    for i, ch in enumerate(s):
        if ch in "eE":
            mant, exps = s[:i], s[i + 1:]
            break
    if exps is not None:
        body = exps[1:] if exps[:1] in ("+", "-") else exps
        if not body or not body.isdigit():
            return None
        e = int(exps)
    if "." in mant:
        ip, _, fp = mant.partition(".")
    else:
        ip, fp = mant, ""
    if not ip and not fp:
        return None
    if (ip and not ip.isdigit()) or (fp and not fp.isdigit()):
        return None
    return _make(sign, int(ip + fp), e - len(fp))


def _reflected(forward, symbol):
    """Decimal.__r<op>__ from __<op>__: other <op> self, where other (not a Decimal) is an int,
    converted exactly, or anything else, for which the TypeError naming both types is raised."""
    def reflected(self, other, context=None):
        if type(other) is not Decimal:
            converted = _dec(other)
            if converted is NotImplemented:
                return _unsupported(symbol, other, True)
            other = converted
        return getattr(other, forward)(self, context=context)
    reflected.__name__ = "__r" + forward[2:]
    reflected.__qualname__ = "Decimal." + reflected.__name__
    return reflected


class Decimal(object):
    """A decimal floating point number: Decimal('3.14'), Decimal(314), Decimal(3.14) (the
    float's exact value), Decimal((0, (3, 1, 4), -2))."""

    __slots__ = ("_sign", "_int", "_exp", "_special")

    def __new__(cls, value="0", context=None):
        if context is not None and not isinstance(context, Context):
            raise TypeError("optional argument must be a context")
        tv = type(value)
        if tv is int and cls is Decimal:
            d = _new(Decimal)
            if value < 0:
                d._sign = 1
                d._int = -value
            else:
                d._sign = 0
                d._int = value
            d._exp = 0
            d._special = _FINITE
            return d
        if tv is str or isinstance(value, str):
            d = _parse(value)
            if d is None:
                (context or getcontext())._signal([ConversionSyntax])
                d = _make(0, 0, 0, _QNAN)
            elif (d._exp < MIN_ETINY or d._exp + len(value) > MAX_EMAX) and (
                    d._special == _FINITE and (d._exp < MIN_ETINY
                                               or d._exp + _digits(d._int) - 1 > MAX_EMAX)):
                # Beyond any context's range, as CPython's decimal.
                (context or getcontext())._signal([InvalidOperation])
                d = _make(0, 0, 0, _QNAN)
        elif isinstance(value, Decimal):
            d = value
        elif isinstance(value, int):
            d = _from_int(value)
        elif isinstance(value, float):
            d = Decimal.from_float(value)
            (context or getcontext())._signal([FloatOperation])
        elif isinstance(value, (tuple, list)):
            d = _from_tuple(value)
        else:
            raise TypeError("conversion from %s to Decimal is not supported"
                            % type(value).__name__)
        if cls is Decimal:
            return d
        obj = _new(cls)
        obj._sign, obj._int, obj._exp, obj._special = d._sign, d._int, d._exp, d._special
        return obj

    @classmethod
    def from_float(cls, f):
        """The exact value of the float (or int) f."""
        if isinstance(f, int):
            d = _from_int(f)
        elif isinstance(f, float):
            if f != f:
                d = _make(0, 0, 0, _QNAN)
            elif f in (float("inf"), float("-inf")):
                d = _make(1 if f < 0 else 0, 0, 0, _INF)
            else:
                sign = 1 if _math.copysign(1.0, f) < 0 else 0
                n, den = abs(f).as_integer_ratio()
                k = den.bit_length() - 1
                # n / 2**k == n * 5**k / 10**k
                d = _make(sign, n * 5 ** k, -k)
        else:
            raise TypeError("argument must be int or float")
        return d if cls is Decimal else cls(d)

    # --- properties and predicates -----------------------------------------------------

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _digits(self._int) - 1

    def as_tuple(self):
        if self._special == _INF:
            return DecimalTuple(self._sign, (0,), "F")
        if self._special:
            digits = tuple(int(c) for c in str(self._int)) if self._int else ()
            return DecimalTuple(self._sign, digits, "n" if self._special == _QNAN else "N")
        return DecimalTuple(self._sign, tuple(int(c) for c in str(self._int)), self._exp)

    def as_integer_ratio(self):
        if self._special == _INF:
            raise OverflowError("cannot convert Infinity to integer ratio")
        if self._special:
            raise ValueError("cannot convert NaN to integer ratio")
        n = self._int
        if self._exp >= 0:
            n *= 10 ** self._exp
            d = 1
        else:
            d = 10 ** -self._exp
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    def is_finite(self):
        return self._special == _FINITE

    def is_infinite(self):
        return self._special == _INF

    def is_nan(self):
        return self._special >= _QNAN

    def is_qnan(self):
        return self._special == _QNAN

    def is_snan(self):
        return self._special == _SNAN

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return self._special == _FINITE and self._int == 0

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        if self._special or self._int == 0:
            return False
        ctx = context or getcontext()
        return self.adjusted() >= ctx.Emin

    def is_subnormal(self, context=None):
        if self._special or self._int == 0:
            return False
        ctx = context or getcontext()
        return self.adjusted() < ctx.Emin

    def canonical(self):
        return self

    def copy_abs(self):
        return _make(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return _make(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _dec(other, True)
        return _make(other._sign, self._int, self._exp, self._special)

    def number_class(self, context=None):
        s = "-" if self._sign else "+"
        if self._special == _SNAN:
            return "sNaN"
        if self._special == _QNAN:
            return "NaN"
        if self._special == _INF:
            return s + "Infinity"
        if self._int == 0:
            return s + "Zero"
        if self.is_subnormal(context):
            return s + "Subnormal"
        return s + "Normal"

    def radix(self):
        return Decimal(10)

    # --- strings ------------------------------------------------------------------------

    def __str__(self, eng=False, context=None):
        sign = "-" if self._sign else ""
        if self._special == _INF:
            return sign + "Infinity"
        if self._special:
            name = "NaN" if self._special == _QNAN else "sNaN"
            return sign + name + (str(self._int) if self._int else "")
        digits = str(self._int)
        exp = self._exp
        n = len(digits)
        leftdigits = exp + n
        if exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = "0"
            fracpart = "." + "0" * (-dotplace) + digits
        elif dotplace >= n:
            intpart = digits + "0" * (dotplace - n)
            fracpart = ""
        else:
            intpart = digits[:dotplace]
            fracpart = "." + digits[dotplace:]
        if leftdigits == dotplace:
            expstr = ""
        else:
            capitals = (context or getcontext()).capitals
            expstr = ("E" if capitals else "e") + "%+d" % (leftdigits - dotplace)
        return sign + intpart + fracpart + expstr

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __format__(self, spec, _localeconv=None):
        return _format(self, spec)

    # --- conversions --------------------------------------------------------------------

    def __int__(self):
        if self._special:
            if self._special == _INF:
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        if self._exp >= 0:
            v = self._int * 10 ** self._exp
        else:
            v = self._int // 10 ** -self._exp
        return -v if self._sign else v

    __trunc__ = __int__

    def __float__(self):
        if self._special == _SNAN:
            raise ValueError("cannot convert signaling NaN to float")
        if self._special == _QNAN:
            return float("-nan") if self._sign else float("nan")
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    def __bool__(self):
        return self._special != _FINITE or self._int != 0

    def __floor__(self):
        return int(self._integral(ROUND_FLOOR))

    def __ceil__(self):
        return int(self._integral(ROUND_CEILING))

    def _integral(self, rounding):
        if self._special:
            if self._special == _INF:
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        if self._exp >= 0:
            return self
        coeff, _ = _round_drop(self._sign, self._int, -self._exp, rounding)
        return _make(self._sign, coeff, 0)

    def __round__(self, n=None):
        if n is None:
            return int(self._integral(ROUND_HALF_EVEN))
        if not isinstance(n, int):
            raise TypeError("optional arg must be an integer")
        if self._special:
            if self._special == _INF:
                raise OverflowError("cannot round an infinity")
            raise ValueError("cannot round a NaN")
        return self.quantize(_make(0, 1, -n))

    def __hash__(self):
        if self._special:
            if self._special == _SNAN:
                raise TypeError("Cannot hash a signaling NaN value")
            if self._special == _QNAN:
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        modulus = (1 << 61) - 1
        # pow with a negative exponent is the modular inverse: equal values hash alike.
        h = self._int % modulus * pow(10, self._exp, modulus) % modulus
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # --- NaN handling -------------------------------------------------------------------

    def _nan_result(self, other, ctx):
        """The NaN an operation on a NaN gives (None if neither operand is a NaN)."""
        if self._special == _SNAN or (other is not None and other._special == _SNAN):
            ctx._signal([InvalidOperation])
            src = self if self._special == _SNAN else other
            return _make(src._sign, src._int, 0, _QNAN)
        if self._special == _QNAN:
            return self
        if other is not None and other._special == _QNAN:
            return other
        return None

    # --- arithmetic ---------------------------------------------------------------------

    def __add__(self, other, context=None):
        if type(other) is not Decimal:
            converted = _dec(other)
            if converted is NotImplemented:
                return _unsupported('+', other, False)
            other = converted
        ctx = context or getcontext()
        if self._special or other._special:
            nan = self._nan_result(other, ctx)
            if nan is not None:
                return nan
            if self._special == _INF:
                if other._special == _INF and other._sign != self._sign:
                    ctx._signal([InvalidOperation])
                    return _make(0, 0, 0, _QNAN)
                return self
            return other
        return _add(self._sign, self._int, self._exp, other._sign, other._int, other._exp, ctx)

    __radd__ = _reflected('__add__', '+')

    def __sub__(self, other, context=None):
        if type(other) is not Decimal:
            converted = _dec(other)
            if converted is NotImplemented:
                return _unsupported('-', other, False)
            other = converted
        if not self._special and not other._special:
            return _add(self._sign, self._int, self._exp, other._sign ^ 1, other._int,
                        other._exp, context or getcontext())
        if other._special >= _QNAN:
            return self.__add__(other, context)
        return self.__add__(other.copy_negate(), context)

    __rsub__ = _reflected('__sub__', '-')

    def __mul__(self, other, context=None):
        if type(other) is not Decimal:
            converted = _dec(other)
            if converted is NotImplemented:
                return _unsupported('*', other, False)
            other = converted
        ctx = context or getcontext()
        sign = self._sign ^ other._sign
        if self._special or other._special:
            nan = self._nan_result(other, ctx)
            if nan is not None:
                return nan
            if (self._special == _FINITE and self._int == 0) or (
                    other._special == _FINITE and other._int == 0):
                ctx._signal([InvalidOperation])
                return _make(0, 0, 0, _QNAN)
            return _make(sign, 0, 0, _INF)
        r = _core.multiply(sign, self._int, self._exp, other._int, other._exp, ctx._p)
        if r is None:
            return _finish(sign, self._int * other._int, self._exp + other._exp, ctx)
        return _done(r, ctx)

    __rmul__ = _reflected('__mul__', '*')

    def __truediv__(self, other, context=None):
        if type(other) is not Decimal:
            converted = _dec(other)
            if converted is NotImplemented:
                return _unsupported('/', other, False)
            other = converted
        ctx = context or getcontext()
        sign = self._sign ^ other._sign
        if self._special or other._special:
            nan = self._nan_result(other, ctx)
            if nan is not None:
                return nan
            if self._special == _INF:
                if other._special == _INF:
                    ctx._signal([InvalidOperation])
                    return _make(0, 0, 0, _QNAN)
                return _make(sign, 0, 0, _INF)
            # finite / infinity
            ctx._signal([Clamped])
            return _finish(sign, 0, ctx.Emin - ctx.prec + 1, ctx)
        if other._int == 0:
            if self._int == 0:
                ctx._signal([DivisionUndefined])
                return _make(0, 0, 0, _QNAN)
            ctx._signal([DivisionByZero])
            return _make(sign, 0, 0, _INF)
        return _divide(sign, self._int, self._exp, other._int, other._exp, ctx)

    __rtruediv__ = _reflected('__truediv__', '/')

    def _divide_integer(self, other, ctx, want):
        """(quotient, remainder) of the truncating division, or the special result."""
        sign = self._sign ^ other._sign
        if self._special or other._special:
            nan = self._nan_result(other, ctx)
            if nan is not None:
                return nan, nan
            if self._special == _INF:
                if other._special == _INF:
                    ctx._signal([InvalidOperation])
                    return _make(0, 0, 0, _QNAN), _make(0, 0, 0, _QNAN)
                if want == "rem":
                    ctx._signal([InvalidOperation])
                    return None, _make(0, 0, 0, _QNAN)
                if want == "both":
                    ctx._signal([InvalidOperation])
                    return _make(sign, 0, 0, _INF), _make(0, 0, 0, _QNAN)
                return _make(sign, 0, 0, _INF), None
            # finite by infinity: quotient 0, remainder self
            return _make(sign, 0, 0), _finish(self._sign, self._int, self._exp, ctx)
        if other._int == 0:
            if self._int == 0:
                ctx._signal([DivisionUndefined])
                return _make(0, 0, 0, _QNAN), _make(0, 0, 0, _QNAN)
            if want == "rem":
                ctx._signal([InvalidOperation])
                return None, _make(0, 0, 0, _QNAN)
            if want == "both":
                ctx._signal([DivisionByZero, InvalidOperation])
                return _make(sign, 0, 0, _INF), _make(0, 0, 0, _QNAN)
            ctx._signal([DivisionByZero])
            return _make(sign, 0, 0, _INF), None
        e = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - e)
        b = other._int * 10 ** (other._exp - e)
        q, r = divmod(a, b)
        if _digits(q) > ctx.prec:
            ctx._signal([DivisionImpossible])
            return _make(0, 0, 0, _QNAN), _make(0, 0, 0, _QNAN)
        quotient = _make(sign, q, 0)
        remainder = _finish(self._sign, r, e, ctx)
        return quotient, remainder

    def __floordiv__(self, other, context=None):
        if type(other) is not Decimal:
            converted = _dec(other)
            if converted is NotImplemented:
                return _unsupported('//', other, False)
            other = converted
        return self._divide_integer(other, context or getcontext(), "quo")[0]

    __rfloordiv__ = _reflected('__floordiv__', '//')

    def __mod__(self, other, context=None):
        if type(other) is not Decimal:
            converted = _dec(other)
            if converted is NotImplemented:
                return _unsupported('%', other, False)
            other = converted
        return self._divide_integer(other, context or getcontext(), "rem")[1]

    __rmod__ = _reflected('__mod__', '%')

    def __divmod__(self, other, context=None):
        if type(other) is not Decimal:
            converted = _dec(other)
            if converted is NotImplemented:
                return _unsupported('divmod()', other, False)
            other = converted
        return self._divide_integer(other, context or getcontext(), "both")

    __rdivmod__ = _reflected('__divmod__', 'divmod()')

    def remainder_near(self, other, context=None):
        other = _dec(other, True)
        ctx = context or getcontext()
        if self._special or other._special or other._int == 0:
            return self.__mod__(other, ctx)
        e = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - e)
        b = other._int * 10 ** (other._exp - e)
        if self._sign:
            a = -a
        if other._sign:
            b = -b
        q = _round_half_even_div(a, b)
        if _digits(abs(q)) > ctx.prec:
            ctx._signal([DivisionImpossible])
            return _make(0, 0, 0, _QNAN)
        r = a - q * b
        return _finish(1 if r < 0 or (r == 0 and self._sign) else 0, abs(r), e, ctx)

    def __pow__(self, other, modulo=None, context=None):
        if type(other) is not Decimal:
            converted = _dec(other)
            if converted is NotImplemented:
                return _unsupported('** or pow()', other, False)
            other = converted
        ctx = context or getcontext()
        if modulo is not None:
            return self._power_modulo(other, _dec(modulo, True), ctx)
        if self._special or other._special:
            nan = self._nan_result(other, ctx)
            if nan is not None:
                return nan
        if other._special == _INF:
            raise NotImplementedError("Decimal powers with an infinite exponent are not "
                                      "supported by gilvm")
        # The exponent must be an integer.
        if other._exp < 0:
            q, r = divmod(other._int, 10 ** -other._exp)
            if r:
                return self._power_real(other, ctx)
            n = q
        else:
            n = other._int * 10 ** other._exp
        if other._sign:
            n = -n
        sign = self._sign if n % 2 else 0
        if self._special == _INF:
            if n > 0:
                return _make(sign, 0, 0, _INF)
            if n == 0:
                return _finish(0, 1, 0, ctx)
            return _make(sign, 0, 0)
        if self._int == 0:
            if n > 0:
                return _finish(sign, 0, 0, ctx)
            if n == 0:
                ctx._signal([InvalidOperation])
                return _make(0, 0, 0, _QNAN)
            ctx._signal([DivisionByZero])
            return _make(sign, 0, 0, _INF)
        if n == 0:
            return _finish(0, 1, 0, ctx)
        # Refuse results far outside the exponent range before computing them.
        size = (self.adjusted() + (1 if self.adjusted() >= 0 else 0)) * abs(n)
        if abs(size) > 4 * (ctx.Emax + ctx.prec) and self._int != 1:
            if (self.adjusted() >= 0) == (n > 0):
                return _finish(sign, 1, ctx.Emax + 1, ctx)
            return _finish(sign, 1, ctx.Emin - ctx.prec - 1, ctx)
        if n > 0:
            if _digits(self._int) * n > 4 * ctx.prec + 100:
                return _power_approx(sign, self._int, self._exp, n, ctx)
            return _finish(sign, self._int ** n, self._exp * n, ctx)
        m = -n
        if _digits(self._int) * m > 4 * ctx.prec + 100:
            return _power_approx(sign, self._int, self._exp, n, ctx)
        return _divide(sign, 1, 0, self._int ** m, self._exp * m, ctx)

    def _power_real(self, other, ctx):
        """self ** other for a non-integral other: exp(other * ln(self)), correctly rounded."""
        if self._special == _INF:
            return _make(0, 0, 0) if other._sign else _make(0, 0, 0, _INF)
        if self._sign:
            if self._int == 0:
                pass
            else:
                ctx._signal([InvalidOperation])
                return _make(0, 0, 0, _QNAN)
        if self._int == 0:
            if other._sign:
                return _make(0, 0, 0, _INF)
            return _make(0, 0, 0)
        if self._int == 1 and self._exp == 0:
            return _finish(0, 10 ** (ctx.prec - 1), -(ctx.prec - 1), ctx, [Inexact, Rounded])

        def approx(extra):
            n, e = _ln_digits(self._int, self._exp, extra + 10)
            # t = other * ln(self), then exp(t)
            t = _make(0 if (n >= 0) == (other._sign == 0) else 1, abs(n) * other._int,
                      e + other._exp)
            return _exp_digits(t, extra)
        return _transcendental(approx, ctx, ctx.rounding)

    __rpow__ = _reflected('__pow__', '** or pow()')

    def _power_modulo(self, other, modulo, ctx):
        for v in (self, other, modulo):
            if v._special or v._exp != 0 and v._int % (10 ** -v._exp if v._exp < 0 else 1):
                ctx._signal([InvalidOperation])
                return _make(0, 0, 0, _QNAN)
        a, b, m = int(self), int(other), int(modulo)
        if b < 0 or m == 0 or _digits(abs(m)) > ctx.prec:
            ctx._signal([InvalidOperation])
            return _make(0, 0, 0, _QNAN)
        r = pow(abs(a), b, abs(m))
        return _make(1 if a < 0 and b % 2 else 0, r, 0)

    def __neg__(self, context=None):
        ctx = context or getcontext()
        if self._special:
            nan = self._nan_result(None, ctx)
            if nan is not None:
                return nan
            return _make(1 - self._sign, 0, 0, _INF)
        if self._int == 0:
            sign = 1 if ctx.rounding == ROUND_FLOOR else 0
        else:
            sign = 1 - self._sign
        return _finish(sign, self._int, self._exp, ctx)

    def __pos__(self, context=None):
        ctx = context or getcontext()
        if self._special:
            nan = self._nan_result(None, ctx)
            if nan is not None:
                return nan
            return self
        if self._int == 0:
            sign = 1 if ctx.rounding == ROUND_FLOOR else 0
        else:
            sign = self._sign
        return _finish(sign, self._int, self._exp, ctx)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        ctx = context or getcontext()
        if self._special:
            nan = self._nan_result(None, ctx)
            if nan is not None:
                return nan
            return _make(0, 0, 0, _INF)
        return _finish(0, self._int, self._exp, ctx)

    def fma(self, other, third, context=None):
        """self * other + third with one rounding."""
        other = _dec(other, True)
        third = _dec(third, True)
        ctx = context or getcontext()
        exact = Context(prec=MAX_PREC, rounding=ctx.rounding, Emin=MIN_EMIN, Emax=MAX_EMAX,
                        traps=[])
        product = self.__mul__(other, exact)
        if product._special:
            return product.__add__(third, ctx)
        return product.__add__(third, ctx)

    def sqrt(self, context=None):
        """The square root, correctly rounded to the context's precision."""
        ctx = context or getcontext()
        if self._special:
            nan = self._nan_result(None, ctx)
            if nan is not None:
                return nan
            if self._sign:
                ctx._signal([InvalidOperation])
                return _make(0, 0, 0, _QNAN)
            return self
        if self._int == 0:
            return _finish(self._sign, 0, self._exp // 2, ctx)
        if self._sign:
            ctx._signal([InvalidOperation])
            return _make(0, 0, 0, _QNAN)
        ideal = self._exp // 2
        prec = ctx.prec
        # Choose an even exponent e for the operand so the root has at least prec + 1 digits.
        c, e = self._int, self._exp
        shift = 2 * (prec + 1) - _digits(c)
        if shift < 0:
            shift = 0
        if (e - shift) % 2:
            shift += 1
        c *= 10 ** shift
        e -= shift
        root = _math.isqrt(c)
        exact = root * root == c
        re = e // 2
        if exact:
            while re < ideal and root % 10 == 0:
                root //= 10
                re += 1
            return _finish_with(0, root, re, ctx, ROUND_HALF_EVEN)
        if root % 5 == 0:
            root += 1
        return _finish_with(0, root, re, ctx, ROUND_HALF_EVEN)

    def exp(self, context=None):
        """e ** self, correctly rounded."""
        ctx = context or getcontext()
        if self._special:
            nan = self._nan_result(None, ctx)
            if nan is not None:
                return nan
            return _make(0, 0, 0) if self._sign else self
        if self._int == 0:
            return _make(0, 1, 0)
        return _transcendental(lambda extra: _exp_digits(self, extra), ctx)

    def ln(self, context=None):
        """The natural logarithm, correctly rounded."""
        ctx = context or getcontext()
        special = self._log_special(ctx)
        if special is not None:
            return special
        if self._int == 1 and self._exp == 0:
            return _make(0, 0, 0)
        return _transcendental(lambda extra: _ln_digits(self._int, self._exp, extra), ctx)

    def log10(self, context=None):
        """The base-10 logarithm, correctly rounded (exact for powers of ten)."""
        ctx = context or getcontext()
        special = self._log_special(ctx)
        if special is not None:
            return special
        c = self._int
        stripped, e = c, self._exp
        while stripped % 10 == 0:
            stripped //= 10
            e += 1
        if stripped == 1:
            return _finish(1 if e < 0 else 0, abs(e), 0, ctx)

        def approx(extra):
            n, exp = _ln_digits(c, self._exp, extra + 2)
            d, dexp = _ln10_digits(extra + 2 + len(str(abs(n))))
            # n * 10**exp / (d * 10**dexp) with extra digits
            shift = extra + len(str(d)) + 2
            q = (n * 10 ** shift) // d
            return q, exp - dexp - shift
        return _transcendental(approx, ctx)

    def _log_special(self, ctx):
        if self._special:
            nan = self._nan_result(None, ctx)
            if nan is not None:
                return nan
            if self._sign:
                ctx._signal([InvalidOperation])
                return _make(0, 0, 0, _QNAN)
            return self
        if self._int == 0:
            return _make(1, 0, 0, _INF)
        if self._sign:
            ctx._signal([InvalidOperation])
            return _make(0, 0, 0, _QNAN)
        return None

    def logb(self, context=None):
        """The adjusted exponent of self, as a Decimal."""
        ctx = context or getcontext()
        if self._special:
            nan = self._nan_result(None, ctx)
            if nan is not None:
                return nan
            return _make(0, 0, 0, _INF)
        if self._int == 0:
            ctx._signal([DivisionByZero])
            return _make(1, 0, 0, _INF)
        a = self.adjusted()
        return _finish(1 if a < 0 else 0, abs(a), 0, ctx)

    # --- quantizing and integral values -------------------------------------------------

    def quantize(self, exp, rounding=None, context=None):
        """self rounded to the exponent of exp."""
        if type(exp) is not Decimal:
            exp = _dec(exp, True)
        ctx = context or getcontext()
        if self._special or exp._special:
            nan = self._nan_result(exp, ctx)
            if nan is not None:
                return nan
            if self._special == _INF and exp._special == _INF:
                return self
            ctx._signal([InvalidOperation])
            return _make(0, 0, 0, _QNAN)
        target = exp._exp
        prec = ctx.prec
        if not (ctx.Emin - prec + 1 <= target <= ctx.Emax):
            ctx._signal([InvalidOperation])
            return _make(0, 0, 0, _QNAN)
        if self._int == 0:
            return _make(self._sign, 0, target)
        rounded = inexact = False
        if target > self._exp:
            coeff, inexact = _core.round_drop(self._sign, self._int, target - self._exp,
                                              _RINDEX[rounding or ctx.rounding])
            rounded = True
        elif target == self._exp:
            coeff = self._int
        else:
            coeff = self._int * 10 ** (self._exp - target)
        n = _digits(coeff)
        if n > prec:
            ctx._signal([InvalidOperation])
            return _make(0, 0, 0, _QNAN)
        subnormal = coeff and target + n - 1 < ctx.Emin
        if subnormal or rounded:
            conditions = [Subnormal] if subnormal else []
            if inexact:
                conditions.append(Inexact)
            if rounded:
                conditions.append(Rounded)
            ctx._signal(conditions)
        return _make(self._sign, coeff, target)

    def same_quantum(self, other, context=None):
        other = _dec(other, True)
        if self._special or other._special:
            return (self._special >= _QNAN and other._special >= _QNAN) or (
                self._special == _INF and other._special == _INF)
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        ctx = context or getcontext()
        if self._special:
            nan = self._nan_result(None, ctx)
            if nan is not None:
                return nan
            return self
        if self._exp >= 0:
            return self
        coeff, _ = _round_drop(self._sign, self._int, -self._exp, rounding or ctx.rounding)
        return _make(self._sign, coeff, 0)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = context or getcontext()
        if self._special:
            return self.to_integral_value(rounding, ctx)
        if self._exp >= 0:
            return self
        coeff, inexact = _round_drop(self._sign, self._int, -self._exp, rounding or ctx.rounding)
        ctx._signal([Inexact, Rounded] if inexact else [Rounded])
        return _make(self._sign, coeff, 0)

    def normalize(self, context=None):
        """self rounded to the context and with its trailing zeros removed."""
        ctx = context or getcontext()
        if self._special:
            nan = self._nan_result(None, ctx)
            if nan is not None:
                return nan
            return self
        d = _finish(self._sign, self._int, self._exp, ctx)
        if d._special:
            return d
        if d._int == 0:
            return _make(d._sign, 0, 0)
        c, e = d._int, d._exp
        top = ctx.Emax - ctx.prec + 1 if ctx.clamp else ctx.Emax
        while c % 10 == 0 and e < top:
            c //= 10
            e += 1
        return _make(d._sign, c, e)

    # --- comparisons --------------------------------------------------------------------

    def _cmp(self, other):
        """-1, 0 or 1 comparing two non-NaN Decimals."""
        if self._special == _INF or other._special == _INF:
            a = (-1 if self._sign else 1) if self._special == _INF else 0
            b = (-1 if other._sign else 1) if other._special == _INF else 0
            if self._special != _INF:
                return -b
            if other._special != _INF:
                return a
            return (a > b) - (a < b)
        r = _core.compare(self._sign, self._int, self._exp, other._sign, other._int,
                          other._exp)
        if r is not None:
            return r
        if self._int == 0:
            if other._int == 0:
                return 0
            return 1 if other._sign else -1
        if other._int == 0:
            return -1 if self._sign else 1
        if self._sign != other._sign:
            return -1 if self._sign else 1
        ea, eb = self.adjusted(), other.adjusted()
        if ea != eb:
            r = 1 if ea > eb else -1
        else:
            e = min(self._exp, other._exp)
            a = self._int * 10 ** (self._exp - e)
            b = other._int * 10 ** (other._exp - e)
            r = (a > b) - (a < b)
        return -r if self._sign else r

    def _convert_other_for_compare(self, other, equality):
        if isinstance(other, (Decimal, int)):
            return _dec(other)
        if isinstance(other, float):
            if not equality:
                getcontext()._signal([FloatOperation])
            else:
                dict.__setitem__(getcontext().flags, FloatOperation, True)
            return Decimal.from_float(other)
        if isinstance(other, _numbers.Rational):
            return other
        if isinstance(other, complex) and equality and other.imag == 0:
            return Decimal.from_float(other.real)
        return NotImplemented

    def __eq__(self, other):
        if type(other) is Decimal and not self._special and not other._special:
            c = _core.compare(self._sign, self._int, self._exp, other._sign, other._int,
                              other._exp)
            if c is not None:
                return c == 0
        o = self._convert_other_for_compare(other, True)
        if o is NotImplemented:
            return o
        if not isinstance(o, Decimal):
            return self._compare_rational(o, True) == 0
        if self._special >= _QNAN or o._special >= _QNAN:
            if self._special == _SNAN or o._special == _SNAN:
                getcontext()._signal([InvalidOperation])
            return False
        return self._cmp(o) == 0

    def _compare_rational(self, r, equality):
        if self._special >= _QNAN:
            if not equality:
                getcontext()._signal([InvalidOperation])
            return None
        if self._special == _INF:
            return -1 if self._sign else 1
        n, d = self.as_integer_ratio()
        a = n * r.denominator
        b = r.numerator * d
        return (a > b) - (a < b)

    def _order_compare(self, other, symbol):
        o = self._convert_other_for_compare(other, False)
        if o is NotImplemented:
            if type(other).__module__ == "builtins":
                raise TypeError("'%s' not supported between instances of 'decimal.Decimal' and "
                                "'%s'" % (symbol, type(other).__name__))
            return o
        if not isinstance(o, Decimal):
            return self._compare_rational(o, False)
        if self._special >= _QNAN or o._special >= _QNAN:
            getcontext()._signal([InvalidOperation])
            return None
        return self._cmp(o)

    def __lt__(self, other):
        if type(other) is Decimal and not self._special and not other._special:
            c = _core.compare(self._sign, self._int, self._exp, other._sign, other._int,
                              other._exp)
            if c is not None:
                return c < 0
        c = self._order_compare(other, "<")
        if c is NotImplemented or c is None:
            return False if c is None else c
        return c < 0

    def __le__(self, other):
        if type(other) is Decimal and not self._special and not other._special:
            c = _core.compare(self._sign, self._int, self._exp, other._sign, other._int,
                              other._exp)
            if c is not None:
                return c <= 0
        c = self._order_compare(other, "<=")
        if c is NotImplemented or c is None:
            return False if c is None else c
        return c <= 0

    def __gt__(self, other):
        if type(other) is Decimal and not self._special and not other._special:
            c = _core.compare(self._sign, self._int, self._exp, other._sign, other._int,
                              other._exp)
            if c is not None:
                return c > 0
        c = self._order_compare(other, ">")
        if c is NotImplemented or c is None:
            return False if c is None else c
        return c > 0

    def __ge__(self, other):
        if type(other) is Decimal and not self._special and not other._special:
            c = _core.compare(self._sign, self._int, self._exp, other._sign, other._int,
                              other._exp)
            if c is not None:
                return c >= 0
        c = self._order_compare(other, ">=")
        if c is NotImplemented or c is None:
            return False if c is None else c
        return c >= 0

    def compare(self, other, context=None):
        """Decimal('-1'), Decimal('0') or Decimal('1'), or a NaN."""
        other = _dec(other, True)
        ctx = context or getcontext()
        if self._special >= _QNAN or other._special >= _QNAN:
            return self._nan_result(other, ctx)
        return _from_int(self._cmp(other))

    def compare_signal(self, other, context=None):
        other = _dec(other, True)
        ctx = context or getcontext()
        if self._special >= _QNAN or other._special >= _QNAN:
            ctx._signal([InvalidOperation])
            return _make(0, 0, 0, _QNAN)
        return _from_int(self._cmp(other))

    def max(self, other, context=None):
        other = _dec(other, True)
        ctx = context or getcontext()
        return self._minmax(other, ctx, 1, False)

    def min(self, other, context=None):
        other = _dec(other, True)
        ctx = context or getcontext()
        return self._minmax(other, ctx, -1, False)

    def max_mag(self, other, context=None):
        other = _dec(other, True)
        return self._minmax(other, context or getcontext(), 1, True)

    def min_mag(self, other, context=None):
        other = _dec(other, True)
        return self._minmax(other, context or getcontext(), -1, True)

    def _minmax(self, other, ctx, want, magnitude):
        if self._special >= _QNAN or other._special >= _QNAN:
            if self._special == _SNAN or other._special == _SNAN:
                return self._nan_result(other, ctx)
            if self._special >= _QNAN and other._special >= _QNAN:
                return self
            pick = other if self._special >= _QNAN else self
            return _finish(pick._sign, pick._int, pick._exp, ctx) if not pick._special else pick
        a, b = (self.copy_abs(), other.copy_abs()) if magnitude else (self, other)
        c = a._cmp(b)
        if c == 0:
            # Equal values: prefer by sign, then by exponent.
            if self._sign != other._sign:
                c = -1 if self._sign else 1
            else:
                c = 1 if self._exp > other._exp else (-1 if self._exp < other._exp else 0)
                if self._sign:
                    c = -c
        pick = self if c * want >= 0 else other
        if pick._special:
            return pick
        return _finish(pick._sign, pick._int, pick._exp, ctx)

    def _next(self, ctx, down):
        """The closest representable value above (below, when down) self; no flags."""
        if self._special:
            nan = self._nan_result(None, ctx)
            if nan is not None:
                return nan
            if self._sign == down:
                return self
            # From the opposite infinity: the largest finite value of that sign.
            return _make(self._sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)
        # Adding a value far below the smallest step and rounding toward it gives the step.
        work = ctx.copy()
        work.clear_traps()
        work.rounding = ROUND_FLOOR if down else ROUND_CEILING
        tiny = min(self._exp, ctx.Emin - ctx.prec + 1) - 2
        return _add(self._sign, self._int, self._exp, 1 if down else 0, 1, tiny, work)

    def next_plus(self, context=None):
        """The smallest representable number larger than self."""
        return self._next(context or getcontext(), 0)

    def next_minus(self, context=None):
        """The largest representable number smaller than self."""
        return self._next(context or getcontext(), 1)

    def next_toward(self, other, context=None):
        """The representable number closest to self in the direction of other."""
        other = _dec(other, True)
        ctx = context or getcontext()
        if self._special or other._special:
            nan = self._nan_result(other, ctx)
            if nan is not None:
                return nan
        c = self._cmp(other)
        if c == 0:
            return self.copy_sign(other)
        r = self._next(ctx, 0 if c < 0 else 1)
        if r._special == _INF:
            ctx._signal([Overflow, Inexact, Rounded])
        elif r.adjusted() < ctx.Emin:
            conditions = [Underflow, Subnormal, Inexact, Rounded]
            if r._int == 0:
                conditions.append(Clamped)
            ctx._signal(conditions)
        return r

    def _total_magnitude(self, other):
        """-1, 0 or 1 ordering abs(self) and abs(other) in the total order of representations:
        finite numbers (by value, then exponent), infinity, signaling then quiet NaNs (by
        payload)."""
        ra, rb = _TOTAL_RANK[self._special], _TOTAL_RANK[other._special]
        if ra != rb:
            return -1 if ra < rb else 1
        if ra == 1:
            return 0
        if ra >= 2:
            return (self._int > other._int) - (self._int < other._int)
        r = _make(0, self._int, self._exp)._cmp(_make(0, other._int, other._exp))
        if r:
            return r
        return (self._exp > other._exp) - (self._exp < other._exp)

    def compare_total(self, other, context=None):
        """Decimal(-1), (0) or (1) ordering the two representations (not only the values)."""
        other = _dec(other, True)
        if self._sign != other._sign:
            r = -1 if self._sign else 1
        else:
            r = self._total_magnitude(other)
            if self._sign:
                r = -r
        return _make(1 if r < 0 else 0, abs(r), 0)

    def compare_total_mag(self, other, context=None):
        """compare_total of the absolute values."""
        other = _dec(other, True)
        r = self._total_magnitude(other)
        return _make(1 if r < 0 else 0, abs(r), 0)

    # --- logical operations on numbers written with the digits 0 and 1 only ---------------

    def _logical_digits(self, ctx):
        if self._special or self._sign or self._exp != 0:
            return None
        digits = str(self._int)
        if digits.strip("01"):
            return None
        # Only the low prec digits take part.
        return digits[-ctx.prec:]

    def _logical(self, other, context, op):
        other = _dec(other, True)
        ctx = context or getcontext()
        a = self._logical_digits(ctx)
        b = other._logical_digits(ctx)
        if a is None or b is None:
            ctx._signal([InvalidOperation])
            return _make(0, 0, 0, _QNAN)
        n = max(len(a), len(b))
        a, b = a.zfill(n), b.zfill(n)
        return _make(0, int("".join(op(x, y) for x, y in zip(a, b))), 0)

    def logical_and(self, other, context=None):
        """The digit-wise and of two logical operands."""
        return self._logical(other, context, lambda x, y: "1" if x == y == "1" else "0")

    def logical_or(self, other, context=None):
        """The digit-wise or of two logical operands."""
        return self._logical(other, context, lambda x, y: "1" if "1" in (x, y) else "0")

    def logical_xor(self, other, context=None):
        """The digit-wise exclusive or of two logical operands."""
        return self._logical(other, context, lambda x, y: "1" if x != y else "0")

    def logical_invert(self, context=None):
        """Every digit of the logical operand inverted, over the context's precision."""
        ctx = context or getcontext()
        a = self._logical_digits(ctx)
        if a is None:
            ctx._signal([InvalidOperation])
            return _make(0, 0, 0, _QNAN)
        return _make(0, int("".join("1" if x == "0" else "0" for x in a.zfill(ctx.prec))), 0)

    def _digit_move(self, other, context, rotate):
        other = _dec(other, True)
        ctx = context or getcontext()
        nan = self._nan_result(other, ctx)
        if nan is not None:
            return nan
        prec = ctx.prec
        n = -other._int if other._sign else other._int
        if other._special or other._exp != 0 or not -prec <= n <= prec:
            ctx._signal([InvalidOperation])
            return _make(0, 0, 0, _QNAN)
        if self._special == _INF:
            return self
        # The coefficient as exactly prec digits (the high ones beyond prec dropped).
        whole = 10 ** prec
        c = self._int % whole
        if rotate:
            k = n % prec
            c = (c * 10 ** k) % whole + c // 10 ** (prec - k)
        elif n >= 0:
            c = (c * 10 ** n) % whole
        else:
            c //= 10 ** -n
        return _make(self._sign, c, self._exp)

    def rotate(self, other, context=None):
        """The coefficient's digits, padded or cut to the precision, rotated left by other
        places (right if other is negative)."""
        return self._digit_move(other, context, True)

    def shift(self, other, context=None):
        """The coefficient's digits shifted left by other places (right if other is
        negative), zeros coming in and the digits beyond the precision dropped."""
        return self._digit_move(other, context, False)

    def scaleb(self, other, context=None):
        other = _dec(other, True)
        ctx = context or getcontext()
        if self._special:
            return self
        return _finish(self._sign, self._int, self._exp + int(other), ctx)


def _context_method(name, method, operands, with_context):
    """Context.<name>: converts its one or two operands to Decimal strictly (an int is exact,
    anything else a TypeError) and calls the Decimal method, with this context if it takes one."""
    if operands == 1:
        if with_context:
            def op(self, a):
                return method(_dec(a, True), context=self)
        else:
            def op(self, a):
                return method(_dec(a, True))
    elif with_context:
        def op(self, a, b):
            return method(_dec(a, True), _dec(b, True), context=self)
    else:
        def op(self, a, b):
            return method(_dec(a, True), _dec(b, True))
    op.__name__ = name
    op.__qualname__ = "Context." + name
    return op


for _name, _method, _operands, _with_context in (
        ("abs", Decimal.__abs__, 1, True),
        ("minus", Decimal.__neg__, 1, True),
        ("plus", Decimal.__pos__, 1, True),
        ("sqrt", Decimal.sqrt, 1, True),
        ("normalize", Decimal.normalize, 1, True),
        ("logb", Decimal.logb, 1, True),
        ("next_plus", Decimal.next_plus, 1, True),
        ("next_minus", Decimal.next_minus, 1, True),
        ("logical_invert", Decimal.logical_invert, 1, True),
        ("to_integral_value", Decimal.to_integral_value, 1, True),
        ("to_integral", Decimal.to_integral_value, 1, True),
        ("to_integral_exact", Decimal.to_integral_exact, 1, True),
        ("to_sci_string", Decimal.__str__, 1, True),
        ("to_eng_string", Decimal.to_eng_string, 1, True),
        ("is_zero", Decimal.is_zero, 1, False),
        ("is_signed", Decimal.is_signed, 1, False),
        ("copy_abs", Decimal.copy_abs, 1, False),
        ("copy_negate", Decimal.copy_negate, 1, False),
        ("add", Decimal.__add__, 2, True),
        ("subtract", Decimal.__sub__, 2, True),
        ("multiply", Decimal.__mul__, 2, True),
        ("divide", Decimal.__truediv__, 2, True),
        ("divide_int", Decimal.__floordiv__, 2, True),
        ("remainder", Decimal.__mod__, 2, True),
        ("divmod", Decimal.__divmod__, 2, True),
        ("quantize", Decimal.quantize, 2, True),
        ("compare", Decimal.compare, 2, True),
        ("max", Decimal.max, 2, True),
        ("min", Decimal.min, 2, True),
        ("next_toward", Decimal.next_toward, 2, True),
        ("logical_and", Decimal.logical_and, 2, True),
        ("logical_or", Decimal.logical_or, 2, True),
        ("logical_xor", Decimal.logical_xor, 2, True),
        ("compare_total", Decimal.compare_total, 2, False),
        ("compare_total_mag", Decimal.compare_total_mag, 2, False)):
    setattr(Context, _name, _context_method(_name, _method, _operands, _with_context))
del _name, _method, _operands, _with_context


def _unsupported(symbol, other, reflected):
    """NotImplemented for an operand that may know how to combine with a Decimal; the TypeError
    CPython gives (naming the type decimal.Decimal) for a builtin one."""
    if reflected or type(other).__module__ == "builtins":
        names = ("'decimal.Decimal'", "'%s'" % type(other).__name__)
        if reflected:
            names = names[::-1]
        raise TypeError("unsupported operand type(s) for %s: %s and %s" % (symbol, names[0], names[1]))
    return NotImplemented


def _round_half_even_div(a, b):
    q, r = divmod(a, b)
    twice = 2 * r
    if b < 0:
        twice, b = -twice, -b
    if twice > b or (twice == b and q & 1):
        q += 1
    return q


def _finish_with(sign, coeff, exp, ctx, rounding):
    if ctx.rounding == rounding:
        return _finish(sign, coeff, exp, ctx)
    tmp = ctx.copy()
    tmp.rounding = rounding
    tmp.flags = ctx.flags
    tmp.traps = ctx.traps
    r = _finish(sign, coeff, exp, tmp)
    return r


def _add(s1, c1, e1, s2, c2, e2, ctx):
    """The rounded sum of two finite values."""
    r = _core.add(s1, c1, e1, s2, c2, e2, ctx._p)
    if r is None:
        return _add_exact(s1, c1, e1, s2, c2, e2, ctx)
    return _done(r, ctx)


def _divide(sign, c1, e1, c2, e2, ctx):
    """The rounded quotient of two finite values, c2 non-zero."""
    r = _core.divide(sign, c1, e1, c2, e2, ctx._p)
    if r is None:
        return _divide_exact(sign, c1, e1, c2, e2, ctx)
    return _done(r, ctx)


# The same on Python ints, for exponents too large for _gilvm_decimal.

def _add_exact(s1, c1, e1, s2, c2, e2, ctx):
    """The rounded sum of two finite values."""
    # Keep the alignment cheap when the exponents are far apart: a far smaller operand only
    # matters as a sticky digit below the rounding position.
    if c1 and c2:
        a1 = e1 + _digits(c1)
        a2 = e2 + _digits(c2)
        limit = ctx.prec + 3
        if a1 - limit > a2 and e1 > e2:
            keep = min(e1, a1 - limit)
            if e2 < keep:
                c2, e2 = 1, keep - 1
        elif a2 - limit > a1 and e2 > e1:
            keep = min(e2, a2 - limit)
            if e1 < keep:
                c1, e1 = 1, keep - 1
    e = min(e1, e2)
    v1 = c1 * 10 ** (e1 - e)
    v2 = c2 * 10 ** (e2 - e)
    if s1:
        v1 = -v1
    if s2:
        v2 = -v2
    v = v1 + v2
    if v == 0:
        if s1 and s2:
            sign = 1
        elif s1 != s2 and ctx.rounding == ROUND_FLOOR:
            sign = 1
        else:
            sign = 0
        return _finish(sign, 0, e, ctx)
    if v < 0:
        return _finish(1, -v, e, ctx)
    return _finish(0, v, e, ctx)


def _divide_exact(sign, c1, e1, c2, e2, ctx):
    """The rounded quotient of two finite values, c2 non-zero."""
    ideal = e1 - e2
    if c1 == 0:
        return _finish(sign, 0, ideal, ctx)
    prec = ctx.prec
    shift = _digits(c2) - _digits(c1) + prec + 1
    if shift >= 0:
        q, r = divmod(c1 * 10 ** shift, c2)
    else:
        q, r = divmod(c1, c2 * 10 ** -shift)
    exp = ideal - shift
    if r:
        if q % 5 == 0:
            q += 1
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _finish(sign, q, exp, ctx)




def _power_approx(sign, c, e, n, ctx):
    """A power too large to compute exactly, computed with guard digits and rounded."""
    extra = ctx.prec + 10 + len(str(abs(n)))
    work = Context(prec=extra, rounding=ROUND_HALF_EVEN, Emin=MIN_EMIN, Emax=MAX_EMAX, traps=[])
    base = _make(0, c, e)
    m = abs(n)
    result = _make(0, 1, 0)
    while m:
        if m & 1:
            result = result.__mul__(base, work)
        m >>= 1
        if m:
            base = base.__mul__(base, work)
    if n < 0:
        result = _make(0, 1, 0).__truediv__(result, work)
    c2 = result._int
    if c2 % 10 == 0 or c2 % 10 == 5:
        c2 += 1
    return _finish(sign, c2, result._exp, ctx)


# ---------------------------------------------------------------------------------------------
# exp and ln on integers: each approximation returns (coefficient, exponent) with an error of a
# few units in the last place; _transcendental widens the working precision until rounding the
# approximation cannot go either way, so results are correctly rounded.

def _transcendental(approx, ctx, rounding=ROUND_HALF_EVEN):
    """exp, ln and log10 round half to even whatever the context says, as CPython's do;
    powers pass the context's rounding."""
    extra = 12
    while True:
        coeff, exp = approx(ctx.prec + extra)
        sign = 1 if coeff < 0 else 0
        coeff = abs(coeff)
        lo = _rounded_digits(sign, coeff - 8, exp, ctx, rounding)
        hi = _rounded_digits(sign, coeff + 8, exp, ctx, rounding)
        if lo == hi:
            # The result is never exact: make the last digit sticky for the rounding.
            if coeff % 10 == 0 or coeff % 10 == 5:
                coeff += 1
            if rounding == ctx.rounding:
                return _finish(sign, coeff, exp, ctx, [Inexact, Rounded])
            tmp = ctx.copy()
            tmp.rounding = rounding
            tmp.flags = ctx.flags
            tmp.traps = ctx.traps
            return _finish(sign, coeff, exp, tmp, [Inexact, Rounded])
        extra += 20


def _rounded_digits(sign, coeff, exp, ctx, rounding):
    n = len(str(coeff))
    if n <= ctx.prec:
        return coeff, exp
    c, _ = _round_drop(sign, coeff, n - ctx.prec, rounding)
    e = exp + n - ctx.prec
    if c == 10 ** ctx.prec:
        c //= 10
        e += 1
    return c, e


def _ln_fixed(m, scale):
    """ln(m / 10**scale) * 10**scale for 1 <= m / 10**scale < 10 (error: a few units)."""
    one = 10 ** scale
    guard = 10 ** 6
    one_g = one * guard
    x = m * guard
    # Square roots bring x near 1, where the atanh series converges fast.
    k = 0
    while x > one_g + one_g // 64:
        x = _math.isqrt(x * one_g)
        k += 1
    t = (x - one_g) * one_g // (x + one_g)
    t2 = t * t // one_g
    term = t
    total = 0
    i = 1
    while term:
        total += term // i
        term = term * t2 // one_g
        i += 2
    return (2 * total << k) // guard


_LN10_CACHE = {}


def _ln10_digits(digits):
    """(n, exp) with n * 10**exp ~ ln(10) to about `digits` digits."""
    scale = digits + 2
    v = _LN10_CACHE.get(scale)
    if v is None:
        # ln(10) = 2 ln(10 ** 0.5)... computed as ln(sqrt(10)) doubled.
        one = 10 ** scale
        v = 2 * _ln_fixed(_math.isqrt(10 * one * one), scale)
        _LN10_CACHE[scale] = v
    return v, -scale


def _ln_digits(c, e, digits):
    """(n, exp) with n * 10**exp ~ ln(c * 10**e) to about `digits` significant digits."""
    nd = len(str(c))
    a = e + nd - 1
    # How close to 1 the value may be decides how many extra places are needed.
    near = 0
    if a == 0 or a == -1:
        one = 10 ** (nd - 1) if a == 0 else 10 ** nd
        diff = abs(c - one)
        if diff:
            near = max(0, len(str(one)) - len(str(diff)))
    scale = digits + near + len(str(abs(a))) + 4
    m = c * 10 ** scale // 10 ** (nd - 1)
    total = _ln_fixed(m, scale)
    if a:
        ln10, _ = _ln10_digits(scale)
        total += a * ln10 // 10 ** 2
    return total, -scale


def _exp_digits(x, digits):
    """(n, exp) with n * 10**exp ~ e ** x to about `digits` significant digits."""
    # x = q ln(10) + r with 0 <= r < ln(10): e**x = 10**q * e**r.
    adj = x._exp + len(str(x._int)) - 1
    if adj > 20:
        # Far outside any exponent range: the caller's context overflows or underflows.
        return (0 if x._sign else 10 ** digits), (-10 ** 20 if x._sign else 10 ** 20)
    scale = digits + max(adj, 0) + 6
    one = 10 ** scale
    xv = x._int * 10 ** (scale + x._exp) if x._exp + scale >= 0 else x._int // 10 ** (-x._exp - scale)
    if x._sign:
        xv = -xv
    ln10, _ = _ln10_digits(scale)
    ln10 //= 100
    q = xv // ln10
    r = xv - q * ln10
    # e**r with r in [0, 2.31): halve k times, Taylor series, square back.
    k = 8
    guard = 10 ** 4
    one_g = one * guard
    rv = (r * guard) >> k
    term = one_g
    total = one_g
    i = 1
    while term:
        term = term * rv // (one_g * i)
        total += term
        i += 1
    for _ in range(k):
        total = total * total // one_g
    return total // guard, q - scale


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exp = value
    if sign not in (0, 1) or not isinstance(sign, int):
        raise ValueError("sign must be an integer with the value 0 or 1")
    if exp in ("F", "n", "N"):
        if exp == "F":
            return _make(sign, 0, 0, _INF)
        payload = int("".join(str(d) for d in digits)) if digits else 0
        return _make(sign, payload, 0, _QNAN if exp == "n" else _SNAN)
    if not isinstance(exp, int):
        raise ValueError("exponent must be an integer")
    coeff = 0
    for d in digits:
        if not isinstance(d, int) or not 0 <= d <= 9:
            raise ValueError("coefficient must be a tuple of digits")
        coeff = coeff * 10 + d
    return _make(sign, coeff, exp)


_NAN = _make(0, 0, 0, _QNAN)


# ---------------------------------------------------------------------------------------------
# Formatting: format(Decimal, spec)

def _parse_spec(spec):
    i = 0
    n = len(spec)
    fill, align = " ", None
    if n >= 2 and spec[1] in "<>=^":
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in "<>=^":
        align = spec[0]
        i = 1
    sign = "-"
    if i < n and spec[i] in "+- ":
        sign = spec[i]
        i += 1
    z = False
    if i < n and spec[i] == "z":
        z = True
        i += 1
    alt = False
    if i < n and spec[i] == "#":
        alt = True
        i += 1
    zero = False
    if i < n and spec[i] == "0":
        zero = True
        i += 1
    start = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[start:i]) if i > start else None
    grouping = None
    if i < n and spec[i] in ",_":
        grouping = spec[i]
        i += 1
    precision = None
    if i < n and spec[i] == ".":
        i += 1
        start = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == start:
            raise ValueError("invalid format string")
        precision = int(spec[start:i])
    typ = None
    if i < n:
        typ = spec[i]
        i += 1
    if i != n or (typ is not None and typ not in "eEfFgGn%") or alt or grouping == "_":
        raise ValueError("invalid format string")
    zero_padded = zero and align is None
    if zero_padded:
        fill, align = "0", "="
    if align is None:
        align = ">"
    return fill, align, sign, z, alt, width, grouping, precision, typ, zero_padded


def _format(d, spec):
    fill, align, signopt, z, alt, width, grouping, precision, typ, zero_padded = _parse_spec(spec)
    ctx = getcontext()
    rounding = ctx.rounding
    if typ is None:
        typ = "G" if ctx.capitals else "g"
        no_type = True
    else:
        no_type = False
    sign = d._sign
    if d._special:
        body = "Infinity" if d._special == _INF else ("NaN" if d._special == _QNAN else "sNaN")
        if d._special >= _QNAN and d._int:
            body += str(d._int)
        if typ == "%":
            body += "%"
        if zero_padded:
            fill, align = " ", ">"
        return _pad(sign, signopt, body, fill, align, width)
    coeff, exp = d._int, d._exp
    if typ == "%":
        exp += 2
    # Round to the precision asked for.
    if precision is not None:
        if typ in "eE":
            target_digits = precision + 1
        elif typ in "gGn":
            target_digits = max(precision, 1)
        else:
            target_digits = None
        if target_digits is not None:
            n = _digits(coeff)
            if n < target_digits and typ in "eE" and coeff:
                coeff *= 10 ** (target_digits - n)
                exp -= target_digits - n
            elif n > target_digits:
                coeff, _ = _round_drop(sign, coeff, n - target_digits, rounding)
                exp += n - target_digits
                if _digits(coeff) > target_digits:
                    coeff //= 10
                    exp += 1
        else:
            if exp < -precision:
                coeff, _ = _round_drop(sign, coeff, -precision - exp, rounding)
                exp = -precision
            elif exp > -precision:
                coeff *= 10 ** (exp + precision)
                exp = -precision
    if z and coeff == 0:
        sign = 0
    if coeff == 0 and typ in "fF%" and exp > 0:
        exp = 0
    digits = str(coeff)
    leftdigits = exp + len(digits)
    if typ in "eE":
        dotplace = 1
    elif typ in "fF%":
        dotplace = leftdigits
    else:  # g, G, n
        if exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        else:
            dotplace = 1
    if dotplace < 0:
        intpart = "0"
        fracpart = "0" * (-dotplace) + digits
    elif dotplace > len(digits):
        intpart = digits + "0" * (dotplace - len(digits))
        fracpart = ""
    else:
        intpart = digits[:dotplace] or "0"
        fracpart = digits[dotplace:]
    if typ in "eE" and coeff == 0 and precision is not None:
        # A zero keeps the digits asked for, its exponent moved by as many.
        fracpart = "0" * precision
        e_value = exp + precision
        intpart = "0"
    else:
        e_value = leftdigits - dotplace
    if leftdigits == dotplace and typ not in "eE":
        expstr = ""
    else:
        e_char = "E" if typ in "EG" else "e"
        expstr = e_char + "%+d" % e_value
    if fracpart or alt:
        fracpart = "." + fracpart
    if grouping:
        intpart = _group(intpart, grouping)
    body_tail = fracpart + expstr + ("%" if typ == "%" else "")
    if align == "=" and width is not None:
        prefix = _sign_str(sign, signopt)
        room = width - len(prefix) - len(body_tail)
        if fill == "0" and grouping:
            intpart = _zero_pad_grouped(intpart.replace(grouping, ""), room, grouping)
        elif len(intpart) < room:
            intpart = fill * (room - len(intpart)) + intpart
        return prefix + intpart + body_tail
    return _pad(sign, signopt, intpart + body_tail, fill, align, width)


def _sign_str(sign, signopt):
    if sign:
        return "-"
    if signopt == "+":
        return "+"
    if signopt == " ":
        return " "
    return ""


def _pad(sign, signopt, body, fill, align, width):
    s = _sign_str(sign, signopt) + body
    if width is None or len(s) >= width:
        return s
    gap = width - len(s)
    if align == "<":
        return s + fill * gap
    if align == "^":
        return fill * (gap // 2) + s + fill * (gap - gap // 2)
    if align == "=":
        prefix = _sign_str(sign, signopt)
        return prefix + fill * gap + body
    return fill * gap + s


def _group(intpart, sep):
    out = []
    while len(intpart) > 3:
        out.append(intpart[-3:])
        intpart = intpart[:-3]
    out.append(intpart)
    return sep.join(reversed(out))


def _zero_pad_grouped(digits, room, sep):
    s = _group(digits, sep)
    while len(s) < room:
        digits = "0" + digits
        s = _group(digits, sep)
        if len(s) > room and s.startswith("0" + sep):
            break
    if len(s) < room:
        s = "0" * (room - len(s)) + s
    return s


_numbers.Number.register(Decimal)
