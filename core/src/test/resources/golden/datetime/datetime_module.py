# datetime: date, time, datetime, timedelta and timezone: arithmetic, repr and str, isoformat,
# fromisoformat, strftime and strptime, aware and naive comparisons, and the errors.
from datetime import date, time, datetime, timedelta, timezone
import datetime as dtmod
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=2), d - date(2023, 1, 1), d.weekday(), d.isoweekday(), tuple(d.isocalendar()))
print(d.toordinal(), date.fromordinal(738944), d.replace(day=1), d.strftime("%A %d %B %Y %j"), f"{d:%Y/%m/%d}", d.ctime())
print(date.fromisoformat("2024-03-01"), date(2024, 12, 30).isocalendar()[:2], date(2021, 1, 3).isocalendar()[:2])
td = timedelta(days=1, hours=2, minutes=3, seconds=4.5)
print(td, repr(td), td.total_seconds(), -td, repr(-td), abs(-td), td * 2, td / 2, td // timedelta(hours=1), td % timedelta(hours=1))
print(timedelta(0), repr(timedelta(0)), timedelta(microseconds=-1), timedelta(weeks=1, milliseconds=1), timedelta(hours=-25))
print(timedelta(seconds=1) / timedelta(milliseconds=3), divmod(timedelta(hours=5), timedelta(hours=2)), timedelta(days=3) > timedelta(hours=71), bool(timedelta()))
print(timedelta.max, timedelta.min, timedelta.resolution, timedelta(seconds=0.5) * 3)
dt = datetime(2024, 1, 31, 23, 59, 30, 250)
print(dt, repr(dt), dt + timedelta(seconds=45), dt - timedelta(days=31), dt.isoformat(), dt.isoformat(" ", "milliseconds"))
print(repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 5)), repr(datetime(2024, 1, 1, 5, 6, 7)), dt.date(), dt.time(), repr(dt.time()))
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %p %I %a %b %y %%"), dt.timetuple()[:6], dt.weekday())
print(datetime(2024, 3, 1) - datetime(2024, 2, 1), datetime(2024, 3, 1, 12) - datetime(2024, 3, 2))
print(datetime.fromisoformat("2024-05-06T07:08:09"), datetime.fromisoformat("2024-05-06 07:08:09.123+02:00"), datetime.fromisoformat("2024-05-06"))
print(datetime.strptime("2024-05-06 07:08:09", "%Y-%m-%d %H:%M:%S"), datetime.strptime("06/May/2024:1:02:03 PM", "%d/%b/%Y:%I:%M:%S %p"))
print(datetime.strptime("2024-05-06T07:08:09.5+0130", "%Y-%m-%dT%H:%M:%S.%f%z"), datetime.strptime("24 1", "%y %j"))
u = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
print(u, repr(u), u.utcoffset(), u.tzname(), u.timestamp(), repr(timezone.utc), str(timezone(timedelta(hours=-5))), repr(timezone(timedelta(hours=5, minutes=30), "IST")))
e = u.astimezone(timezone(timedelta(hours=-5)))
print(e, e == u, e.strftime("%H:%M %z %Z"), hash(e) == hash(u), datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(86400.5))
print(datetime.combine(date(2020, 1, 2), time(3, 4)), time(12, 30), repr(time(12, 30)), repr(time(1, 2, 3, 4)), time(1, 2, 3, 4).isoformat("milliseconds"), time.fromisoformat("10:20:30"))
print(date(2024, 1, 1) < date(2024, 1, 2), datetime(2024, 1, 1) == date(2024, 1, 1), date.max, datetime.min, time.max)
print(isinstance(dt, date), type(dtmod.datetime.now()).__name__, datetime.now().year >= 2024, date.today() <= datetime.now().date(), dtmod.MAXYEAR)

# expect: 2024-02-28 datetime.date(2024, 2, 28) 2024-03-01 423 days, 0:00:00 2 3 (2024, 9, 3)
# expect: 738944 2024-02-28 2024-02-01 Wednesday 28 February 2024 059 2024/02/28 Wed Feb 28 00:00:00 2024
# expect: 2024-03-01 (2025, 1) (2020, 53)
# expect: 1 day, 2:03:04.500000 datetime.timedelta(days=1, seconds=7384, microseconds=500000) 93784.5 -2 days, 21:56:55.500000 datetime.timedelta(days=-2, seconds=79015, microseconds=500000) 1 day, 2:03:04.500000 2 days, 4:06:09 13:01:32.250000 26 0:03:04.500000
# expect: 0:00:00 datetime.timedelta(0) -1 day, 23:59:59.999999 7 days, 0:00:00.001000 -2 days, 23:00:00
# expect: 333.3333333333333 (2, datetime.timedelta(seconds=3600)) True False
# expect: 999999999 days, 23:59:59.999999 -999999999 days, 0:00:00 0:00:00.000001 0:00:01.500000
# expect: 2024-01-31 23:59:30.000250 datetime.datetime(2024, 1, 31, 23, 59, 30, 250) 2024-02-01 00:00:15.000250 2023-12-31 23:59:30.000250 2024-01-31T23:59:30.000250 2024-01-31 23:59:30.000
# expect: datetime.datetime(2024, 1, 1, 0, 0) datetime.datetime(2024, 1, 1, 5, 0) datetime.datetime(2024, 1, 1, 5, 6, 7) 2024-01-31 23:59:30.000250 datetime.time(23, 59, 30, 250)
# expect: 2024-01-31 23:59:30.000250 PM 11 Wed Jan 24 % (2024, 1, 31, 23, 59, 30) 2
# expect: 29 days, 0:00:00 -1 day, 12:00:00
# expect: 2024-05-06 07:08:09 2024-05-06 07:08:09.123000+02:00 2024-05-06 00:00:00
# expect: 2024-05-06 07:08:09 2024-05-06 13:02:03
# expect: 2024-05-06 07:08:09.500000+01:30 2024-01-01 00:00:00
# expect: 2024-01-01 12:00:00+00:00 datetime.datetime(2024, 1, 1, 12, 0, tzinfo=datetime.timezone.utc) 0:00:00 UTC 1704110400.0 datetime.timezone.utc UTC-05:00 datetime.timezone(datetime.timedelta(seconds=19800), 'IST')
# expect: 2024-01-01 07:00:00-05:00 True 07:00 -0500 UTC-05:00 True 1970-01-01 00:00:00+00:00 1970-01-02 00:00:00.500000
# expect: 2020-01-02 03:04:00 12:30:00 datetime.time(12, 30) datetime.time(1, 2, 3, 4) 01:02:03.000 10:20:30
# expect: True False 9999-12-31 0001-01-01 00:00:00 23:59:59.999999
# expect: True datetime True True 9999
