"""Mathematical functions for complex numbers, written for gilvm from the documented
behaviour of CPython's cmath: the principal values, with the branch cuts on the real axis
(sqrt, log) and the same results as CPython for finite arguments in the ordinary range."""

import math as _m

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
nan = _m.nan
infj = complex(0.0, _m.inf)
nanj = complex(0.0, _m.nan)


def _c(z):
    if isinstance(z, complex):
        return z
    if isinstance(z, (int, float)):
        return complex(float(z), 0.0)
    conv = getattr(type(z), "__complex__", None)
    if conv is not None:
        return conv(z)
    conv = getattr(type(z), "__float__", None)
    if conv is not None:
        return complex(conv(z), 0.0)
    raise TypeError("must be real number, not " + type(z).__name__)


def phase(z):
    z = _c(z)
    return _m.atan2(z.imag, z.real)


def polar(z):
    z = _c(z)
    return abs(z), _m.atan2(z.imag, z.real)


def rect(r, phi):
    if phi == 0.0:
        return complex(r, phi * r)
    return complex(r * _m.cos(phi), r * _m.sin(phi))


def isfinite(z):
    z = _c(z)
    return _m.isfinite(z.real) and _m.isfinite(z.imag)


def isinf(z):
    z = _c(z)
    return _m.isinf(z.real) or _m.isinf(z.imag)


def isnan(z):
    z = _c(z)
    return _m.isnan(z.real) or _m.isnan(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    a = _c(a)
    b = _c(b)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(a - b)
    return diff <= abs(rel_tol * b) or diff <= abs(rel_tol * a) or diff <= abs_tol


def sqrt(z):
    z = _c(z)
    x, y = z.real, z.imag
    if x == 0.0 and y == 0.0:
        return complex(0.0, y)
    ax, ay = abs(x), abs(y)
    if ax < 2.2250738585072014e-308 and ay < 2.2250738585072014e-308:
        ax = _m.ldexp(ax, 53)
        s = _m.ldexp(_m.sqrt(ax + _m.hypot(ax, _m.ldexp(ay, 53))), -27)
    else:
        ax /= 8.0
        s = 2.0 * _m.sqrt(ax + _m.hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return complex(s, _m.copysign(d, y))
    return complex(d, _m.copysign(s, y))


def exp(z):
    z = _c(z)
    if z.imag == 0.0:
        return complex(_m.exp(z.real), z.imag)
    l = _m.exp(z.real)
    return complex(l * _m.cos(z.imag), l * _m.sin(z.imag))


def _log(z):
    x, y = z.real, z.imag
    ax, ay = abs(x), abs(y)
    if ax == 0.0 and ay == 0.0:
        raise ValueError("math domain error")
    h = _m.hypot(ax, ay)
    if 0.71 <= h <= 1.73:
        am, an = (ax, ay) if ax > ay else (ay, ax)
        real = _m.log1p((am - 1) * (am + 1) + an * an) / 2.0
    else:
        real = _m.log(h)
    return complex(real, _m.atan2(y, x))


def log(z, base=None):
    r = _log(_c(z))
    if base is None:
        return r
    return r / _log(_c(base))


def log10(z):
    r = _log(_c(z))
    return complex(r.real / _m.log(10.0), r.imag / _m.log(10.0))


def sin(z):
    z = _c(z)
    return complex(_m.sin(z.real) * _m.cosh(z.imag), _m.cos(z.real) * _m.sinh(z.imag))


def cos(z):
    z = _c(z)
    return complex(_m.cos(z.real) * _m.cosh(z.imag), -_m.sin(z.real) * _m.sinh(z.imag))


def tan(z):
    return sin(z) / cos(z)


def sinh(z):
    z = _c(z)
    return complex(_m.sinh(z.real) * _m.cos(z.imag), _m.cosh(z.real) * _m.sin(z.imag))


def cosh(z):
    z = _c(z)
    return complex(_m.cosh(z.real) * _m.cos(z.imag), _m.sinh(z.real) * _m.sin(z.imag))


def tanh(z):
    return sinh(z) / cosh(z)
