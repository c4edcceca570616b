from datetime import date, datetime, timedelta, time

start = date(2024, 1, 15)
print(start, start.isoformat(), start.weekday(), start.isoweekday(), start.strftime("%A %d %B %Y"))
print("day of year:", start.timetuple().tm_yday, "iso calendar:", tuple(start.isocalendar()))
deadline = date(2024, 3, 1)
print("days until deadline:", (deadline - start).days)
print("leap day:", date(2024, 2, 28) + timedelta(days=1), date(2023, 2, 28) + timedelta(days=1))


def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    days = [31, 29 if y % 4 == 0 and (y % 100 != 0 or y % 400 == 0) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return date(y, m, min(d.day, days[m - 1]))


d = date(2024, 1, 31)
print("month ends:", [str(add_months(d, i)) for i in range(6)])
meeting = datetime(2024, 5, 17, 14, 30)
print(meeting, meeting.strftime("%Y/%m/%d %H:%M"), meeting.date(), meeting.time())
for delta in (timedelta(hours=3), timedelta(days=1, minutes=45), timedelta(weeks=-2), timedelta(seconds=90061)):
    print(f"{str(delta):>22} -> {meeting + delta:%a %Y-%m-%d %H:%M:%S}")
parsed = datetime.strptime("2023-12-31 23:59:59", "%Y-%m-%d %H:%M:%S")
print(parsed + timedelta(seconds=1), (datetime(2024, 1, 1) - parsed).total_seconds())
print(datetime.fromisoformat("2024-07-04T09:15:00").isoformat(), date.fromisoformat("2024-02-29").day)
sundays = []
d = date(2024, 1, 1)
while d.year == 2024:
    if d.weekday() == 6 and d.day <= 7:
        sundays.append(d.strftime("%b %d"))
    d += timedelta(days=1)
print("first sundays:", sundays)


def month_calendar(year, month):
    first = date(year, month, 1)
    nxt = add_months(first, 1)
    lines = [first.strftime("%B %Y").center(20), "Mo Tu We Th Fr Sa Su"]
    cells = ["  "] * first.weekday() + [f"{day:2d}" for day in range(1, (nxt - first).days + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)


print(month_calendar(2024, 2))
ages = {"ann": date(1990, 6, 15), "bob": date(2000, 12, 31), "cy": date(1985, 2, 28)}
today = date(2024, 6, 14)
for name, born in sorted(ages.items(), key=lambda kv: kv[1]):
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    print(f"{name}: born {born:%d.%m.%Y}, age {age}")
print(time(9, 5, 3).isoformat(), time(23, 59) > time(0, 1), max(ages.values()), date.min, date.max.year)
print(timedelta(days=1) / timedelta(hours=1), timedelta(minutes=150) // timedelta(hours=1), abs(timedelta(days=-1)))
