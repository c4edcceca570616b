"""fractions: exact rational numbers (gilvm's own implementation of CPython 3.11's API).

A Fraction keeps its numerator and denominator in lowest terms with a positive denominator.
Arithmetic with ints and Fractions stays exact; with floats or complex numbers it converts
itself and gives a float or complex, as CPython does. Equal values hash alike across int,
float and Fraction.
"""

import math as _math
import numbers as _numbers
import re as _re
import sys as _sys

__all__ = ["Fraction"]

# The modulus and the hash of infinity that CPython's numeric hashing uses (sys.hash_info).
_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159

_LITERAL = _re.compile(r"""
    \s*
    (?P<sign>[-+]?)
    (?=\d|\.\d)
    (?P<num>\d*|\d+(?:_\d+)*)
    (?:
        /(?P<den>\d+(?:_\d+)*)
      |
        (?:\.(?P<frac>\d*|\d+(?:_\d+)*))?
        (?:[eE](?P<exp>[-+]?\d+(?:_\d+)*))?
    )
    \s*\Z
""", _re.VERBOSE)

_new_object = object.__new__


def _raw(n, d):
    # A Fraction already in lowest terms with d > 0, made without the constructor's checks.
    f = _new_object(Fraction)
    f._numerator = n
    f._denominator = d
    return f


def _reduced(n, d):
    # n/d in lowest terms; d is not zero.
    g = _math.gcd(n, d)
    if d < 0:
        g = -g
    if g != 1:
        n //= g
        d //= g
    return _raw(n, d)


def _add(na, da, nb, db):
    # na/da + nb/db in lowest terms, both operands in lowest terms. Only the gcd of the two
    # denominators and then of the sum with it are taken, which keeps big-by-big gcds away when
    # one denominator is small (Knuth, TAOCP 4.5.1).
    g = _math.gcd(da, db)
    if g == 1:
        return _raw(na * db + nb * da, da * db)
    sa = da // g
    t = na * (db // g) + nb * sa
    g2 = _math.gcd(t, g)
    if g2 == 1:
        return _raw(t, sa * db)
    return _raw(t // g2, sa * (db // g2))


def _mul(na, da, nb, db):
    # (na*nb)/(da*db) in lowest terms: the cross gcds cancel what the product would share.
    g1 = _math.gcd(na, db)
    if g1 > 1:
        na //= g1
        db //= g1
    g2 = _math.gcd(nb, da)
    if g2 > 1:
        nb //= g2
        da //= g2
    return _raw(na * nb, da * db)


def _div(na, da, nb, db):
    # (na*db)/(da*nb) in lowest terms; nb is not zero.
    g1 = _math.gcd(na, nb)
    if g1 > 1:
        na //= g1
        nb //= g1
    g2 = _math.gcd(db, da)
    if g2 > 1:
        db //= g2
        da //= g2
    n = na * db
    d = da * nb
    if d < 0:
        return _raw(-n, -d)
    return _raw(n, d)


class Fraction(_numbers.Rational):
    """A rational number: Fraction(3, 4), Fraction('3/4'), Fraction('0.75'), Fraction(0.75),
    or Fraction(other_rational)."""

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = _new_object(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, _numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float) or _is_decimal(numerator):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                m = _LITERAL.match(numerator)
                if m is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                n = int(m.group("num") or "0")
                den = m.group("den")
                if den:
                    d = int(den)
                else:
                    d = 1
                    frac = m.group("frac")
                    if frac:
                        frac = frac.replace("_", "")
                        scale = 10 ** len(frac)
                        n = n * scale + int(frac)
                        d *= scale
                    exp = m.group("exp")
                    if exp:
                        e = int(exp)
                        if e >= 0:
                            n *= 10 ** e
                        else:
                            d *= 10 ** -e
                if m.group("sign") == "-":
                    n = -n
                numerator = n
                denominator = d
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif isinstance(numerator, _numbers.Rational) and isinstance(denominator, _numbers.Rational):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        if _normalize:
            g = _math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of the float f as a Fraction (ints are accepted too)."""
        if isinstance(f, _numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of the Decimal dec as a Fraction (ints are accepted too)."""
        if isinstance(dec, _numbers.Integral):
            return cls(int(dec))
        if not _is_decimal(dec):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """The pair (numerator, denominator)."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction of self, keeping the last two convergents p0/q0, p1/q1.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        # The best approximation is either the last convergent or the largest semiconvergent
        # whose denominator still fits.
        k = (max_denominator - q0) // q1
        semi = Fraction(p0 + k * p1, q0 + k * q1)
        conv = Fraction(p1, q1)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return "%s(%s, %s)" % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    # Arithmetic. Each operator is exact with ints and Fractions, converts to float or complex
    # for those, and otherwise lets the other operand try.

    def __add__(a, b):
        if type(b) is Fraction or type(b) is int or isinstance(b, (int, Fraction)):
            return _add(a._numerator, a._denominator, b.numerator, b.denominator)
        if isinstance(b, float):
            return float(a) + b
        if isinstance(b, complex):
            return complex(a) + b
        return NotImplemented

    def __radd__(b, a):
        if type(a) is int or isinstance(a, _numbers.Rational):
            return _add(a.numerator, a.denominator, b._numerator, b._denominator)
        if isinstance(a, _numbers.Real):
            return float(a) + float(b)
        if isinstance(a, _numbers.Complex):
            return complex(a) + complex(b)
        return NotImplemented

    def __sub__(a, b):
        if type(b) is Fraction or type(b) is int or isinstance(b, (int, Fraction)):
            return _add(a._numerator, a._denominator, -b.numerator, b.denominator)
        if isinstance(b, float):
            return float(a) - b
        if isinstance(b, complex):
            return complex(a) - b
        return NotImplemented

    def __rsub__(b, a):
        if type(a) is int or isinstance(a, _numbers.Rational):
            return _add(a.numerator, a.denominator, -b._numerator, b._denominator)
        if isinstance(a, _numbers.Real):
            return float(a) - float(b)
        if isinstance(a, _numbers.Complex):
            return complex(a) - complex(b)
        return NotImplemented

    def __mul__(a, b):
        if type(b) is Fraction or type(b) is int or isinstance(b, (int, Fraction)):
            return _mul(a._numerator, a._denominator, b.numerator, b.denominator)
        if isinstance(b, float):
            return float(a) * b
        if isinstance(b, complex):
            return complex(a) * b
        return NotImplemented

    def __rmul__(b, a):
        if type(a) is int or isinstance(a, _numbers.Rational):
            return _mul(a.numerator, a.denominator, b._numerator, b._denominator)
        if isinstance(a, _numbers.Real):
            return float(a) * float(b)
        if isinstance(a, _numbers.Complex):
            return complex(a) * complex(b)
        return NotImplemented

    def __truediv__(a, b):
        if type(b) is Fraction or type(b) is int or isinstance(b, (int, Fraction)):
            na = a._numerator
            nb = b.numerator
            if nb == 0:
                raise ZeroDivisionError("Fraction(%s, 0)" % ((na > 0) - (na < 0)))
            return _div(na, a._denominator, nb, b.denominator)
        if isinstance(b, float):
            return float(a) / b
        if isinstance(b, complex):
            return complex(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        if type(a) is int or isinstance(a, _numbers.Rational):
            na = a.numerator
            if b._numerator == 0:
                raise ZeroDivisionError("Fraction(%s, 0)" % ((na > 0) - (na < 0)))
            return _div(na, a.denominator, b._numerator, b._denominator)
        if isinstance(a, _numbers.Real):
            return float(a) / float(b)
        if isinstance(a, _numbers.Complex):
            return complex(a) / complex(b)
        return NotImplemented

    def __floordiv__(a, b):
        if type(b) is Fraction or type(b) is int or isinstance(b, (int, Fraction)):
            return (a._numerator * b.denominator) // (a._denominator * b.numerator)
        if isinstance(b, float):
            return float(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        if isinstance(a, _numbers.Rational):
            return (a.numerator * b._denominator) // (a.denominator * b._numerator)
        if isinstance(a, _numbers.Real):
            return float(a) // float(b)
        return NotImplemented

    def __divmod__(a, b):
        if type(b) is Fraction or type(b) is int or isinstance(b, (int, Fraction)):
            da, db = a._denominator, b.denominator
            q, r = divmod(a._numerator * db, da * b.numerator)
            return q, _reduced(r, da * db)
        if isinstance(b, float):
            return divmod(float(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        if isinstance(a, _numbers.Rational):
            da, db = a.denominator, b._denominator
            q, r = divmod(a.numerator * db, da * b._numerator)
            return q, _reduced(r, da * db)
        if isinstance(a, _numbers.Real):
            return divmod(float(a), float(b))
        return NotImplemented

    def __mod__(a, b):
        if type(b) is Fraction or type(b) is int or isinstance(b, (int, Fraction)):
            da, db = a._denominator, b.denominator
            return _reduced((a._numerator * db) % (b.numerator * da), da * db)
        if isinstance(b, float):
            return float(a) % b
        return NotImplemented

    def __rmod__(b, a):
        if isinstance(a, _numbers.Rational):
            da, db = a.denominator, b._denominator
            return _reduced((a.numerator * db) % (b._numerator * da), da * db)
        if isinstance(a, _numbers.Real):
            return float(a) % float(b)
        return NotImplemented

    def __pow__(a, b):
        """a ** b: exact when b is an integer-valued Rational, a float or complex otherwise."""
        if isinstance(b, _numbers.Rational):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return _raw(a._numerator ** power, a._denominator ** power)
                if a._numerator > 0:
                    return _raw(a._denominator ** -power, a._numerator ** -power)
                if a._numerator == 0:
                    raise ZeroDivisionError("Fraction(%s, 0)" % (a._denominator ** -power))
                return _raw((-a._denominator) ** -power, (-a._numerator) ** -power)
            return float(a) ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        """a ** b where b is this Fraction."""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, _numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return _raw(a._numerator, a._denominator)

    def __neg__(a):
        return _raw(-a._numerator, a._denominator)

    def __abs__(a):
        return _raw(abs(a._numerator), a._denominator)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __float__(a):
        return a._numerator / a._denominator

    def __round__(self, ndigits=None):
        """round(self) rounds half to even and gives an int; round(self, n) gives a Fraction."""
        if ndigits is None:
            floor, rem = divmod(self._numerator, self._denominator)
            twice = rem * 2
            if twice < self._denominator:
                return floor
            if twice > self._denominator:
                return floor + 1
            return floor + (floor & 1)
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * dinv)
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if type(b) is Fraction or isinstance(b, _numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, _numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if _math.isnan(b) or _math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _compare(self, other, op):
        if type(other) is int or type(other) is Fraction or isinstance(other, _numbers.Rational):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if _math.isnan(other) or _math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._compare(b, _lt)

    def __gt__(a, b):
        return a._compare(b, _gt)

    def __le__(a, b):
        return a._compare(b, _le)

    def __ge__(a, b):
        return a._compare(b, _ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _lt(x, y):
    return x < y


def _gt(x, y):
    return x > y


def _le(x, y):
    return x <= y


def _ge(x, y):
    return x >= y


def _is_decimal(x):
    # The decimal module is imported only if the program uses it.
    dec = _sys.modules.get("decimal")
    return dec is not None and isinstance(x, dec.Decimal)
