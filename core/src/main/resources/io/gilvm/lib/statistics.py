"""statistics: averages and spread of numeric data (gilvm's own implementation of CPython
3.11's API).

Sums are exact: every value is turned into a ratio of integers and added as a Fraction, and
only the final result is converted back to the data's type, so means and variances come out
exactly as CPython's. stdev and pstdev take a correctly rounded square root of the exact
variance. NormalDist's cdf rests on math.erf (correctly rounded); its inv_cdf refines a rational
first guess with Halley steps on the cdf, so it agrees with CPython's to the last bit or so.
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
    "NormalDist",
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


# ---------------------------------------------------------------------------------------------
# NormalDist

_SQRT2 = _math.sqrt(2.0)
_SQRT_TAU = _math.sqrt(_math.tau)


def _standard_normal_quantile(p):
    """The x with P(Z <= x) == p for the standard normal Z, 0 < p < 1."""
    # A first guess from rational approximations on the centre and on the two tails (each
    # within about 1e-9), then Halley's iteration on the cdf, whose error shrinks cubically.
    q = min(p, 1.0 - p)
    if q > 0.02425:
        r = p - 0.5
        t = r * r
        x = (r * (((((-39.69683028665376 * t + 220.9460984245205) * t - 275.9285104469687) * t
                    + 138.3577518672690) * t - 30.66479806614716) * t + 2.506628277459239)
             / (((((-54.47609879822406 * t + 161.5858368580409) * t - 155.6989798598866) * t
                  + 66.80131188771972) * t - 13.28068155288572) * t + 1.0))
    else:
        t = _math.sqrt(-2.0 * _math.log(q))
        x = ((((((-0.007784894002430293 * t - 0.3223964580411365) * t - 2.400758277161838) * t
                - 2.549732539343734) * t + 4.374664141464968) * t + 2.938163982698783)
             / ((((0.007784695709041462 * t + 0.3224671290700398) * t + 2.445134137142996) * t
                 + 3.754408661907416) * t + 1.0))
        if p > 0.5:
            x = -x
    for _ in range(3):
        # The cdf's error at x, computed from the tail that keeps its precision.
        if x < 0:
            err = 0.5 * _math.erfc(-x / _SQRT2) - p
        else:
            err = (1.0 - p) - 0.5 * _math.erfc(x / _SQRT2)
        u = err * _SQRT_TAU * _math.exp(x * x / 2.0)
        step = u / (1.0 + x * u / 2.0)
        x -= step
        if abs(step) <= 1e-17 * max(1.0, abs(x)):
            break
    return x


class NormalDist:
    """A normal distribution of a random variable: NormalDist(mu=0.0, sigma=1.0)."""

    __slots__ = ("_mu", "_sigma")

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError("sigma must be non-negative")
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The normal distribution with the mean and sample standard deviation of data."""
        data = list(data)
        if len(data) < 2:
            raise StatisticsError("stdev requires at least two data points")
        return cls(float(mean(data)), float(stdev(data)))

    def samples(self, n, *, seed=None):
        """n random samples; reproducible when seed is given."""
        import random
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        """The probability density at x."""
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError("pdf() not defined when sigma is zero")
        d = x - self._mu
        return _math.exp(d * d / (-2.0 * variance)) / _math.sqrt(_math.tau * variance)

    def cdf(self, x):
        """P(X <= x)."""
        if not self._sigma:
            raise StatisticsError("cdf() not defined when sigma is zero")
        return 0.5 * (1.0 + _math.erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        """The x with P(X <= x) == p."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError("p must be in the range 0.0 < p < 1.0")
        if self._sigma <= 0.0:
            raise StatisticsError("cdf() not defined when sigma at or below zero")
        return self._mu + self._sigma * _standard_normal_quantile(p)

    def quantiles(self, n=4):
        """The n - 1 cut points dividing the distribution into n equal-probability parts."""
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """The overlapping coefficient of the two distributions' densities (0.0 to 1.0)."""
        if not isinstance(other, NormalDist):
            raise TypeError("Expected another NormalDist instance")
        a, b = self, other
        if (b._sigma, b._mu) < (a._sigma, a._mu):
            a, b = b, a
        va, vb = a.variance, b.variance
        if not va or not vb:
            raise StatisticsError("overlap() not defined when sigma is zero")
        dm = _math.fabs(b._mu - a._mu)
        dv = vb - va
        if not dv:
            # Equal spreads: the densities cross once, halfway between the means.
            return 1.0 - _math.erf(dm / (2.0 * a._sigma * _SQRT2))
        # The densities cross where a quadratic in x vanishes; between its two roots one density
        # is above the other, and the overlap is one minus the mass where they differ.
        centre = a._mu * vb - b._mu * va
        spread = a._sigma * b._sigma * _math.sqrt(dm * dm + dv * _math.log(vb / va))
        total = 0.0
        for x in ((centre + spread) / dv, (centre - spread) / dv):
            total += _math.fabs(b.cdf(x) - a.cdf(x))
        return 1.0 - total

    def zscore(self, x):
        """How many standard deviations x lies above the mean."""
        if not self._sigma:
            raise StatisticsError("zscore() not defined when sigma is zero")
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu, _math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu, _math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __mul__(self, other):
        return NormalDist(self._mu * other, self._sigma * _math.fabs(other))

    def __truediv__(self, other):
        return NormalDist(self._mu / other, self._sigma / _math.fabs(other))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    __radd__ = __add__

    def __rsub__(self, other):
        return -(self - other)

    __rmul__ = __mul__

    def __eq__(self, other):
        if not isinstance(other, NormalDist):
            return NotImplemented
        return self._mu == other._mu and self._sigma == other._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return "%s(mu=%r, sigma=%r)" % (type(self).__name__, self._mu, self._sigma)
