# datetime: the errors of bad dates, times, comparisons and strptime formats, as CPython's.
from datetime import date, time, datetime, timedelta, timezone
u = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
for bad in [lambda: date(2023, 2, 29), lambda: date(2024, 13, 1), lambda: time(24), lambda: datetime(2024, 1, 1) < u,
            lambda: datetime(2024, 1, 1) - u, lambda: datetime.strptime("2024-13", "%Y-%m"), lambda: datetime.strptime("2024-01x", "%Y-%m"),
            lambda: date.fromisoformat("2024/01/01"), lambda: date(2024, 1, 1) < datetime(2024, 1, 1), lambda: date(2024, 1, 1.5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# expect: ValueError day is out of range for month
# expect: ValueError month must be in 1..12
# expect: ValueError hour must be in 0..23
# expect: TypeError can't compare offset-naive and offset-aware datetimes
# expect: TypeError can't subtract offset-naive and offset-aware datetimes
# expect: ValueError unconverted data remains: 3
# expect: ValueError unconverted data remains: x
# expect: ValueError Invalid isoformat string: '2024/01/01'
# expect: TypeError can't compare datetime.datetime to datetime.date
# expect: TypeError 'float' object cannot be interpreted as an integer
