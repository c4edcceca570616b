"""statistics: averages and spread of numeric data (gilvm's own implementation of CPython
3.11's API).

Sums are exact: every value is turned into a ratio of integers and added as a Fraction, and
only the final result is converted back to the data's type, so means and variances come out
exactly as CPython's. stdev and pstdev take a correctly rounded square root of the exact
variance. NormalDist is not supported by gilvm.
"""

import math as _math
import numbers as _numbers
import sys as _sys
from bisect import bisect_left as _bisect_left, bisect_right as _bisect_right
from collections import namedtuple as _namedtuple
from fractions import Fraction

__all__ = [
    "StatisticsError", "correlation", "covariance", "fmean", "geometric_mean",
    "harmonic_mean", "linear_regression", "mean", "median", "median_grouped", "median_high",
    "median_low", "mode", "multimode", "pstdev", "pvariance", "quantiles", "stdev", "variance",
]


class StatisticsError(ValueError):
    pass


def _decimal_type():
    dec = _sys.modules.get("decimal")
    return dec.Decimal if dec is not None else None


def _ratio(x):
    """x as (numerator, denominator), or (x, None) for an infinite or NaN float or Decimal."""
    t = type(x)
    if t is int or t is Fraction:
        return x.numerator, x.denominator
    if t is float:
        if x - x != 0.0:
            return x, None
        return x.as_integer_ratio()
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return x, None
    try:
        return x.numerator, x.denominator
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator" % t.__name__) from None


def _coerce(T, S):
    """The type of a sum of a T and an S, as CPython's statistics decides it."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _sum(data):
    """(type, exact total, count): the total is a Fraction, or a float or Decimal when a value
    is infinite or NaN."""
    T = int
    count = 0
    by_denominator = {}
    special = None
    for x in data:
        n, d = _ratio(x)
        T = _coerce(T, type(x))
        count += 1
        if d is None:
            special = n if special is None else special + n
        else:
            by_denominator[d] = by_denominator.get(d, 0) + n
    if special is not None:
        return T, special, count
    total = Fraction(0)
    for d, n in by_denominator.items():
        total += Fraction(n, d)
    return T, total, count


def _convert(value, T):
    """The exact value converted to the data's type T."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        dec = _decimal_type()
        if dec is not None and issubclass(T, dec):
            return T(value.numerator) / T(value.denominator)
        raise


def _sum_of_squares(data, center=None):
    """(type, exact sum of the squared deviations from center, or from the exact mean)."""
    if center is not None:
        T, total, _ = _sum((x - center) * (x - center) for x in data)
        return T, total
    T, total, count = _sum(data)
    if not isinstance(total, Fraction):
        return T, total
    mean = total / count
    mn, md = mean.numerator, mean.denominator
    by_denominator = {}
    for x in data:
        n, d = _ratio(x)
        dev_n = n * md - mn * d
        dev_d = d * md
        key = dev_d * dev_d
        by_denominator[key] = by_denominator.get(key, 0) + dev_n * dev_n
    ss = Fraction(0)
    for d, n in by_denominator.items():
        ss += Fraction(n, d)
    return T, ss


def _sqrt_of_ratio_as_float(n, m):
    """The float nearest to sqrt(n/m), correctly rounded."""
    if n <= 0:
        if n == 0:
            return 0.0
        return _math.sqrt(n / m)
    # Scale n/m by 4**k so that its integer square root has at least 55 significant bits, then
    # fold the remainder into a sticky low bit so that the int-to-float conversion rounds right.
    k = max(0, (110 - (n.bit_length() - m.bit_length())) // 2 + 1)
    scaled, rem = divmod(n << (2 * k), m)
    root = _math.isqrt(scaled)
    if rem or root * root != scaled:
        root |= 1
    return _math.ldexp(float(root), -k)


def _sqrt_of_ratio_as_decimal(n, m):
    dec = _decimal_type()
    if n <= 0:
        if n == 0:
            return dec("0.0")
        n, m = -n, -m
    return (dec(n) / dec(m)).sqrt()


def mean(data):
    """The arithmetic mean, computed exactly and given in the data's type."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    return _convert(total / n, T)


def fmean(data, weights=None):
    """The mean as a float, fast."""
    if weights is None:
        try:
            n = len(data)
        except TypeError:
            data = list(data)
            n = len(data)
        total = _math.fsum(data)
        if n == 0:
            raise StatisticsError("fmean requires at least one data point")
        return total / n
    try:
        nw = len(weights)
    except TypeError:
        weights = list(weights)
        nw = len(weights)
    data = list(data)
    num = _math.fsum(x * w for x, w in zip(data, weights))
    if len(data) != nw:
        raise StatisticsError("data and weights must be the same length")
    den = _math.fsum(weights)
    if not den:
        raise StatisticsError("sum of weights must be non-zero")
    return num / den


def geometric_mean(data):
    """The geometric mean, as a float."""
    try:
        return _math.exp(fmean(map(_math.log, data)))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset containing "
                              "positive numbers") from None


def _non_negative(values, message):
    for x in values:
        if x < 0:
            raise StatisticsError(message)
        yield x


def harmonic_mean(data, weights=None):
    """The harmonic mean: the reciprocal of the mean of the reciprocals."""
    if iter(data) is data:
        data = list(data)
    message = "harmonic mean does not support negative values"
    n = len(data)
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if n == 1 and weights is None:
        x = data[0]
        dec = _decimal_type()
        if isinstance(x, _numbers.Real) or (dec is not None and isinstance(x, dec)):
            if x < 0:
                raise StatisticsError(message)
            return x
        raise TypeError("unsupported type")
    if weights is None:
        weights = [1] * n
        weight_total = n
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError("Number of weights does not match data size")
        _, weight_total, _ = _sum(_non_negative(weights, message))
    try:
        T, total, _ = _sum(w / x if w else 0
                           for w, x in zip(weights, _non_negative(data, message)))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError("Weighted sum must be positive")
    return _convert(weight_total / total, T)


def median(data):
    """The middle value, or the mean of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """The middle value, or the lower of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """The middle value, or the higher of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1):
    """The median of grouped continuous data, interpolated within the median's class."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError("Value cannot be converted to a float")
    lower = x - interval / 2
    first = _bisect_left(data, x)
    last = _bisect_right(data, x, lo=first) - 1
    below = first
    freq = last - first + 1
    return lower + interval * (n / 2 - below) / freq


def mode(data):
    """The most common value; the first one met when several are equally common."""
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    best = None
    best_count = 0
    for x, c in counts.items():
        if c > best_count:
            best, best_count = x, c
    if best_count == 0:
        raise StatisticsError("no mode for empty data")
    return best


def multimode(data):
    """Every most common value, in the order first met."""
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    if not counts:
        return []
    top = max(counts.values())
    return [x for x, c in counts.items() if c == top]


def quantiles(data, *, n=4, method="exclusive"):
    """The n - 1 cut points dividing the data into n intervals of equal probability."""
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError("must have at least two data points")
    cuts = []
    if method == "inclusive":
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            cuts.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return cuts
    if method == "exclusive":
        m = ld + 1
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else (ld - 1 if j > ld - 1 else j)
            delta = i * m - j * n
            cuts.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return cuts
    raise ValueError("Unknown method: %r" % (method,))


def variance(data, xbar=None):
    """The sample variance (divided by n - 1)."""
    if iter(data) is data:
        data = list(data)
    n = len(data)
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    T, ss = _sum_of_squares(data, xbar)
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """The population variance (divided by n)."""
    if iter(data) is data:
        data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    T, ss = _sum_of_squares(data, mu)
    return _convert(ss / n, T)


def _root(T, ms):
    dec = _decimal_type()
    if dec is not None and issubclass(T, dec):
        return _sqrt_of_ratio_as_decimal(ms.numerator, ms.denominator)
    return _sqrt_of_ratio_as_float(ms.numerator, ms.denominator)


def stdev(data, xbar=None):
    """The sample standard deviation: the square root of variance, correctly rounded."""
    if iter(data) is data:
        data = list(data)
    n = len(data)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    T, ss = _sum_of_squares(data, xbar)
    return _root(T, ss / (n - 1))


def pstdev(data, mu=None):
    """The population standard deviation: the square root of pvariance, correctly rounded."""
    if iter(data) is data:
        data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError("pstdev requires at least one data point")
    T, ss = _sum_of_squares(data, mu)
    return _root(T, ss / n)


def covariance(x, y, /):
    """The sample covariance of two inputs of the same length."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError("covariance requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("covariance requires at least two data points")
    xbar = _math.fsum(x) / n
    ybar = _math.fsum(y) / n
    sxy = _math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two inputs of the same length."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError("correlation requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("correlation requires at least two data points")
    xbar = _math.fsum(x) / n
    ybar = _math.fsum(y) / n
    sxy = _math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = _math.fsum((xi - xbar) ** 2.0 for xi in x)
    syy = _math.fsum((yi - ybar) ** 2.0 for yi in y)
    try:
        return sxy / _math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant")


LinearRegression = _namedtuple("LinearRegression", ("slope", "intercept"))


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the least-squares line through the points (x, y)."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError("linear regression requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("linear regression requires at least two data points")
    if proportional:
        sxy = _math.fsum(xi * yi for xi, yi in zip(x, y))
        sxx = _math.fsum(xi * xi for xi in x)
    else:
        xbar = _math.fsum(x) / n
        ybar = _math.fsum(y) / n
        sxy = _math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = _math.fsum((xi - xbar) ** 2.0 for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError("x is constant")
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


def __getattr__(name):
    if name == "NormalDist":
        raise NotImplementedError("statistics.NormalDist is not supported by gilvm")
    raise AttributeError("module 'statistics' has no attribute %r" % (name,))
