"""datetime: dates, times, datetimes, timedeltas and fixed-offset time zones (gilvm's own)."""

import time as _time

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                "Dec"]


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    if m == 2 and _is_leap(y):
        return 29
    return _DAYS_IN_MONTH[m]


def _days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(y, m):
    n = 0
    for k in range(1, m):
        n += _DAYS_IN_MONTH[k]
    if m > 2 and _is_leap(y):
        n += 1
    return n


def _ymd2ord(y, m, d):
    return _days_before_year(y) + _days_before_month(y, m) + d


def _ord2ymd(n):
    # Day 1 is 0001-01-01. Count whole 400-, 100-, 4- and 1-year periods.
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    month = 1
    while True:
        dim = _days_in_month(year, month)
        if n < dim:
            return year, month, n + 1
        n -= dim
        month += 1


def _check_int(value, name=None):
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    raise TypeError("an integer is required (got type %s)" % type(value).__name__)


def _check_date(year, month, day):
    year = _check_int(year)
    month = _check_int(month)
    day = _check_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    dim = _days_in_month(year, month)
    if not 1 <= day <= dim:
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold=0):
    hour = _check_int(hour)
    minute = _check_int(minute)
    second = _check_int(second)
    microsecond = _check_int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _cmp(a, b):
    return 0 if a == b else 1 if a > b else -1


def _format_offset(off, sep=":"):
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign = "-"
        off = -off
    hh, rest = divmod(off.days * 86400 + off.seconds, 3600)
    mm, ss = divmod(rest, 60)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or off.microseconds:
        s += "%s%02d" % (sep, ss)
        if off.microseconds:
            s += ".%06d" % off.microseconds
    return s


def _format_time(hh, mm, ss, us, timespec="auto"):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    elif timespec == "milliseconds":
        us //= 1000
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _wrap_strftime(obj, fmt, timetuple):
    """Expands %f, %z, %Z and %:z here; the other directives go to time.strftime."""
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != "%" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        d = fmt[i + 1]
        if d == "f":
            out.append("%06d" % getattr(obj, "microsecond", 0))
        elif d == "z":
            off = obj.utcoffset() if hasattr(obj, "utcoffset") else None
            out.append(_format_offset(off, ""))
        elif d == "Z":
            name = obj.tzname() if hasattr(obj, "tzname") else None
            out.append("" if name is None else name.replace("%", "%%"))
        elif d == "%":
            out.append("%%")
        else:
            out.append(fmt[i:i + 2])
        i += 2
    return _time.strftime("".join(out), timetuple)


class timedelta:
    """A duration: days, seconds and microseconds, normalized as CPython's."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                 weeks=0):
        for v in (days, seconds, microseconds, milliseconds, minutes, hours, weeks):
            if not isinstance(v, (int, float)):
                raise TypeError("unsupported type for timedelta days component: "
                                + type(v).__name__)
        parts = (days * 86400000000, seconds * 1000000, microseconds,
                 milliseconds * 1000, minutes * 60000000, hours * 3600000000,
                 weeks * 604800000000)
        if all(isinstance(p, int) for p in parts):
            total = sum(parts)
        else:
            total = round(sum(parts))
        d, rest = divmod(total, 86400000000)
        s, us = divmod(rest, 1000000)
        if abs(d) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hashcode = -1

    @classmethod
    def _of(cls, us):
        return cls(microseconds=us)

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        return "datetime.timedelta(%s)" % (", ".join(args) or "0")

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = "%d day%s, " % (self._days, "" if abs(self._days) == 1 else "s") + s
        if self._microseconds:
            s += ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._of(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._of(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._of(-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._of(self._us() * other)
        if isinstance(other, float):
            return timedelta._of(round(self._us() * other))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            return timedelta._of(_round_half_even(self._us(), other))
        if isinstance(other, float):
            return timedelta._of(round(self._us() / other))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta._of(self._us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._of(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, timedelta._of(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._us() != other._us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us() < other._us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us() > other._us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        return NotImplemented

    def __hash__(self):
        return hash(self._us())

    def __bool__(self):
        return self._us() != 0


def _round_half_even(a, b):
    q, r = divmod(a, b)
    r2 = r * 2
    if r2 > b or (r2 == b and q % 2 == 1):
        q += 1
    return q


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class tzinfo:
    """The abstract base of time zones."""

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        delta = off - dst
        if delta:
            dt += delta
            dst = dt.dst()
        return dt + dst if dst else dt


class timezone(tzinfo):
    """A fixed offset from UTC."""

    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not "
                            + type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not " + type(name).__name__)
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                             "and timedelta(hours=24), not %r." % (offset,))
        self._offset = offset
        self._name = name

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(%r)" % (self._offset,)
        return "datetime.timezone(%r, %r)" % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        return self._offset

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset)

    def dst(self, dt):
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or None")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


class date:
    """A date in the proleptic Gregorian calendar."""

    def __init__(self, year, month, day):
        self._year, self._month, self._day = _check_date(year, month, day)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        tm = _time.localtime(t)
        return cls(tm.tm_year, tm.tm_mon, tm.tm_mday)

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= _ymd2ord(9999, 12, 31):
            raise ValueError("ordinal must be >= 1")
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            return cls(*_parse_isodate(s, full=True))
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % (s,)) from None

    @classmethod
    def fromisocalendar(cls, year, week, day):
        jan4 = _ymd2ord(year, 1, 4)
        monday = jan4 - (jan4 + 6) % 7
        return cls.fromordinal(monday + (week - 1) * 7 + day - 1)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        year = self._year
        jan4 = _ymd2ord(year, 1, 4)
        week1 = jan4 - (jan4 + 6) % 7
        today = self.toordinal()
        if today < week1:
            year -= 1
            jan4 = _ymd2ord(year, 1, 4)
            week1 = jan4 - (jan4 + 6) % 7
        else:
            nxt = _ymd2ord(year + 1, 1, 4)
            nxt = nxt - (nxt + 6) % 7
            if today >= nxt:
                year += 1
                week1 = nxt
        week, day = divmod(today - week1, 7)
        return IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                                  _days_before_month(self._year, self._month) + self._day, -1))

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        return "datetime.date(%d, %d, %d)" % (self._year, self._month, self._day)

    def ctime(self):
        return "%s %s %2d 00:00:00 %04d" % (_DAY_NAMES[self.weekday()],
                                            _MONTH_NAMES[self._month - 1], self._day, self._year)

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def _key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, datetime) or isinstance(self, datetime):
            return NotImplemented if not isinstance(other, date) else False
        if isinstance(other, date):
            return self._key() == other._key()
        return NotImplemented

    def _cmp_check(self, other):
        if isinstance(other, datetime) and not isinstance(self, datetime):
            raise TypeError("can't compare %s to %s" % (_qual(self), _qual(other)))
        return isinstance(other, date)

    def __lt__(self, other):
        if not self._cmp_check(other):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not self._cmp_check(other):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not self._cmp_check(other):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not self._cmp_check(other):
            return NotImplemented
        return self._key() >= other._key()

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if 0 < n <= _ymd2ord(9999, 12, 31):
                return type(self).fromordinal(n)
            raise OverflowError("result out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented


def _qual(o):
    return "datetime." + type(o).__name__


try:
    class IsoCalendarDate(tuple):
        """date.isocalendar()'s result: (year, week, weekday) with those names."""

        def __new__(cls, year, week, weekday):
            return tuple.__new__(cls, (year, week, weekday))

        @property
        def year(self):
            return self[0]

        @property
        def week(self):
            return self[1]

        @property
        def weekday(self):
            return self[2]

        def __repr__(self):
            return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % tuple(self)
except TypeError:
    # gilvm cannot subclass tuple yet: a plain (year, week, weekday) tuple.
    def IsoCalendarDate(year, week, weekday):
        return (year, week, weekday)


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class time:
    """A time of day, with an optional tzinfo."""

    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hms = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._hour, self._minute, self._second, self._microsecond = hms
        self._tzinfo = tzinfo
        self._fold = fold

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            if s.startswith("T"):
                s = s[1:]
            hh, mm, ss, us, tz = _parse_isotime(s)
            return cls(hh, mm, ss, us, tz)
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % (s,)) from None

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.utcoffset(None)

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def dst(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.dst(None)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *,
                fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def isoformat(self, timespec="auto"):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        if self._microsecond:
            s = "%d, %d, %d, %d" % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            s = "%d, %d, %d" % (self._hour, self._minute, self._second)
        else:
            s = "%d, %d" % (self._hour, self._minute)
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            s += ", fold=1"
        return "datetime.time(%s)" % s

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, (1900, 1, 1, self._hour, self._minute, self._second,
                                          0, 1, -1))

    def __format__(self, fmt):
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def _key(self):
        off = self.utcoffset()
        us = ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond
        if off is not None:
            us -= off._us()
        return us

    def _check(self, other):
        if not isinstance(other, time):
            return False
        if (self.utcoffset() is None) != (other.utcoffset() is None):
            raise TypeError("can't compare offset-naive and offset-aware times")
        return True

    def __eq__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        if (self.utcoffset() is None) != (other.utcoffset() is None):
            return False
        return self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key() if self._check(other) else NotImplemented

    def __le__(self, other):
        return self._key() <= other._key() if self._check(other) else NotImplemented

    def __gt__(self, other):
        return self._key() > other._key() if self._check(other) else NotImplemented

    def __ge__(self, other):
        return self._key() >= other._key() if self._check(other) else NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return True


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _parse_isodate(s, full=False):
    # YYYY-MM-DD, YYYYMMDD, YYYY-Www-D
    if len(s) >= 8 and s[4] == "-" and s[5] == "W":
        y = int(s[:4])
        w = int(s[6:8])
        d = int(s[9]) if len(s) > 8 else 1
        if len(s) not in (8, 10) or (len(s) == 10 and s[8] != "-"):
            raise ValueError
        o = date.fromisocalendar(y, w, d)
        return o.year, o.month, o.day
    if len(s) == 10 and s[4] == "-" and s[7] == "-":
        parts = (s[:4], s[5:7], s[8:10])
    elif len(s) == 8 and s.isdigit():
        parts = (s[:4], s[4:6], s[6:8])
    else:
        raise ValueError
    for p in parts:
        if not p.isdigit():
            raise ValueError
    return int(parts[0]), int(parts[1]), int(parts[2])


def _parse_isotime(s):
    tz = None
    for k, ch in enumerate(s):
        if ch in "+-Zz":
            tzs = s[k:]
            s = s[:k]
            if tzs in ("Z", "z"):
                tz = timezone.utc
            else:
                sign = -1 if tzs[0] == "-" else 1
                hh, mm, ss, us, _ = _parse_isotime(tzs[1:])
                off = timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
                tz = timezone.utc if not off else timezone(sign * off)
            break
    frac = 0
    if "." in s or "," in s:
        sep = "." if "." in s else ","
        s, f = s.split(sep, 1)
        if not f.isdigit() or not f:
            raise ValueError
        frac = int((f + "000000")[:6])
    if ":" in s:
        parts = s.split(":")
    else:
        parts = [s[k:k + 2] for k in range(0, len(s), 2)]
    if not 1 <= len(parts) <= 3 or any(len(p) != 2 or not p.isdigit() for p in parts):
        raise ValueError
    nums = [int(p) for p in parts] + [0] * (3 - len(parts))
    return nums[0], nums[1], nums[2], frac, tz


class datetime(date):
    """A date and a time of day, with an optional tzinfo."""

    def __init__(self, year, month, day, hour=0, minute=0, second=0, microsecond=0,
                 tzinfo=None, *, fold=0):
        # Everything is checked before the first attribute is set.
        ymd = _check_date(year, month, day)
        hms = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._year, self._month, self._day = ymd
        self._hour, self._minute, self._second, self._microsecond = hms
        self._tzinfo = tzinfo
        self._fold = fold

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def _from_us(cls, us, tz=None):
        days, us = divmod(us, 86400000000)
        y, m, d = _ord2ymd(days + 1)
        secs, us = divmod(us, 1000000)
        hh, secs = divmod(secs, 3600)
        mm, ss = divmod(secs, 60)
        return cls(y, m, d, hh, mm, ss, us, tz)

    def _local_us(self):
        return ((((self.toordinal() - 1) * 24 + self._hour) * 60 + self._minute) * 60
                + self._second) * 1000000 + self._microsecond

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        us = round(t * 1000000) if isinstance(t, float) else t * 1000000
        epoch = _ymd2ord(1970, 1, 1) - 1
        if tz is None:
            secs, frac = divmod(us, 1000000)
            tm = _time.localtime(secs)
            return cls(tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, frac)
        utc = cls._from_us(us + epoch * 86400000000, tz)
        return tz.fromutc(utc)

    @classmethod
    def utcfromtimestamp(cls, t):
        us = round(t * 1000000) if isinstance(t, float) else t * 1000000
        epoch = _ymd2ord(1970, 1, 1) - 1
        return cls._from_us(us + epoch * 86400000000)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            if len(s) > 10 and s[4] == "-" and s[5] != "W":
                dpart, tpart = s[:10], s[11:]
            elif len(s) > 8 and s[:8].isdigit() and not s[8].isdigit():
                dpart, tpart = s[:8], s[9:]
            else:
                dpart, tpart = s, ""
            y, m, d = _parse_isodate(dpart)
            if tpart or len(s) > len(dpart):
                hh, mm, ss, us, tz = _parse_isotime(tpart)
            else:
                hh = mm = ss = us = 0
                tz = None
            return cls(y, m, d, hh, mm, ss, us, tz)
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % (s,)) from None

    @classmethod
    def strptime(cls, date_string, format):
        return cls(*_strptime(date_string, format))

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(
            self._year if year is None else year, self._month if month is None else month,
            self._day if day is None else day, self._hour if hour is None else hour,
            self._minute if minute is None else minute,
            self._second if second is None else second,
            self._microsecond if microsecond is None else microsecond,
            self._tzinfo if tzinfo is True else tzinfo,
            fold=self._fold if fold is None else fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.utcoffset(self)

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(self)

    def dst(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.dst(self)

    def timetuple(self):
        dst = self.dst()
        isdst = -1 if dst is None else (1 if dst else 0)
        return _time.struct_time((self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, self.weekday(),
                                  _days_before_month(self._year, self._month) + self._day,
                                  isdst))

    def utctimetuple(self):
        off = self.utcoffset()
        d = self if off is None else (self - off).replace(tzinfo=None)
        t = d.timetuple()
        return _time.struct_time(tuple(t)[:8] + (0,))

    def timestamp(self):
        if self._tzinfo is None:
            return _time.mktime(self.timetuple()) + self._microsecond / 1e6
        epoch = datetime(1970, 1, 1, tzinfo=timezone.utc)
        return (self - epoch).total_seconds()

    def astimezone(self, tz=None):
        if tz is None:
            off = -_time.timezone
            tz = timezone(timedelta(seconds=off), _time.tzname[0])
        _check_tzinfo(tz)
        off = self.utcoffset()
        if off is None:
            utc = datetime.utcfromtimestamp(self.timestamp())
        else:
            utc = (self - off).replace(tzinfo=None)
        return tz.fromutc(utc.replace(tzinfo=tz))

    def isoformat(self, sep="T", timespec="auto"):
        s = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
        s += _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        args = [self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond]
        while len(args) > 5 and args[-1] == 0:
            args.pop()
        s = "datetime.datetime(%s" % ", ".join(str(a) for a in args)
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            s += ", fold=1"
        return s + ")"

    def ctime(self):
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAY_NAMES[self.weekday()], _MONTH_NAMES[self._month - 1], self._day, self._hour,
            self._minute, self._second, self._year)

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())

    def _key_us(self):
        off = self.utcoffset()
        us = self._local_us()
        if off is not None:
            us -= off._us()
        return us

    def _check(self, other, op):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if op == "==":
                    return None
                raise TypeError("can't compare %s to %s" % (_qual(self), _qual(other)))
            return None
        if (self.utcoffset() is None) != (other.utcoffset() is None):
            if op == "==":
                return False
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        return True

    def __eq__(self, other):
        c = self._check(other, "==")
        if c is None:
            return NotImplemented if not isinstance(other, date) else False
        if c is False:
            return False
        return self._key_us() == other._key_us()

    def __lt__(self, other):
        return self._key_us() < other._key_us() if self._check(other, "<") else NotImplemented

    def __le__(self, other):
        return self._key_us() <= other._key_us() if self._check(other, "<") else NotImplemented

    def __gt__(self, other):
        return self._key_us() > other._key_us() if self._check(other, "<") else NotImplemented

    def __ge__(self, other):
        return self._key_us() >= other._key_us() if self._check(other, "<") else NotImplemented

    def __hash__(self):
        return hash(self._key_us())

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._local_us() + other._us()
        if not 0 <= us < _ymd2ord(9999, 12, 31) * 86400000000:
            raise OverflowError("date value out of range")
        return type(self)._from_us(us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        a = self.utcoffset()
        b = other.utcoffset()
        if (a is None) != (b is None):
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        if self._tzinfo is other._tzinfo:
            return timedelta(microseconds=self._local_us() - other._local_us())
        return timedelta(microseconds=self._key_us() - other._key_us())


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_FULL_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_FULL_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december"]

_STRPTIME = {
    "Y": r"(?P<Y>\d\d\d\d)", "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    "d": r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])", "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
    "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])", "M": r"(?P<M>[0-5]\d|\d)", "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
    "f": r"(?P<f>[0-9]{1,6})", "y": r"(?P<y>\d\d)", "j": r"(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "p": r"(?P<p>am|pm)", "b": r"(?P<b>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    "B": r"(?P<B>january|february|march|april|may|june|july|august|september|october|november|december)",
    "a": r"(?P<a>mon|tue|wed|thu|fri|sat|sun)",
    "A": r"(?P<A>monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    "w": r"(?P<w>[0-6])", "u": r"(?P<u>[1-7])",
    "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    "Z": r"(?P<Z>utc|gmt)", "%": "%",
}


def _strptime(data, fmt):
    import re
    if not isinstance(data, str):
        raise TypeError("strptime() argument 1 must be str, not " + type(data).__name__)
    if not isinstance(fmt, str):
        raise TypeError("strptime() argument 2 must be str, not " + type(fmt).__name__)
    parts = []
    i = 0
    seen = set()
    while i < len(fmt):
        c = fmt[i]
        if c == "%" and i + 1 < len(fmt):
            d = fmt[i + 1]
            if d not in _STRPTIME:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
            rx = _STRPTIME[d]
            if d in seen and d != "%":
                rx = "(?P=%s)" % d
            seen.add(d)
            parts.append(rx)
            i += 2
        elif c == "%":
            raise ValueError("stray % in format '%s'" % fmt)
        elif c.isspace():
            parts.append(r"\s+")
            while i < len(fmt) and fmt[i].isspace():
                i += 1
        else:
            parts.append(re.escape(c))
            i += 1
    m = re.match("(?i)" + "".join(parts), data)
    if m is None:
        raise ValueError("time data %r does not match format %r" % (data, fmt))
    if m.end() != len(data):
        raise ValueError("unconverted data remains: %s" % data[m.end():])
    g = m.groupdict()
    year = 1900
    month = day = 1
    hour = minute = second = micro = 0
    tz = None
    if g.get("Y"):
        year = int(g["Y"])
    elif g.get("y"):
        y = int(g["y"])
        year = y + (2000 if y <= 68 else 1900)
    if g.get("m"):
        month = int(g["m"])
    elif g.get("B"):
        month = _FULL_MONTHS.index(g["B"].lower()) + 1
    elif g.get("b"):
        month = [x[:3] for x in _FULL_MONTHS].index(g["b"].lower()) + 1
    if g.get("d"):
        day = int(g["d"])
    if g.get("H"):
        hour = int(g["H"])
    elif g.get("I"):
        hour = int(g["I"]) % 12
        if g.get("p") and g["p"].lower() == "pm":
            hour += 12
    if g.get("M"):
        minute = int(g["M"])
    if g.get("S"):
        second = int(g["S"])
    if g.get("f"):
        micro = int((g["f"] + "000000")[:6])
    if g.get("j") and not g.get("m") and not g.get("d"):
        o = date(year, 1, 1).toordinal() + int(g["j"]) - 1
        year, month, day = _ord2ymd(o)
    if g.get("z"):
        z = g["z"]
        if z in ("Z", "z"):
            tz = timezone.utc
        else:
            sign = -1 if z[0] == "-" else 1
            z = z[1:].replace(":", "")
            off = timedelta(hours=int(z[:2]), minutes=int(z[2:4]),
                            seconds=int(z[4:6] or 0) if len(z) >= 6 else 0)
            tz = timezone(sign * off)
    elif g.get("Z") and False:
        tz = timezone.utc
    if second == 61:
        second = 59
    return (year, month, day, hour, minute, second, micro, tz)


def _time_strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """time.strptime: the fields of a parsed time as a struct_time (tm_isdst -1)."""
    y, m, d, hh, mm, ss, us, tz = _strptime(data_string, format)
    return _time.struct_time((y, m, d, hh, mm, ss, (_ymd2ord(y, m, d) + 6) % 7,
                              _days_before_month(y, m) + d, -1))
