# time: gmtime, localtime, mktime, strftime directives in the C locale, asctime, ctime.
import time
t = time.gmtime(1700000000.5)
print(t, t.tm_year, t[0], tuple(t)[:3], len(t))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y %U %W %w %u %e %G %V %C %D %F %T %%", t))
print(time.strftime("%c|%x|%X", t), time.asctime(t), time.ctime(1700000000) == time.asctime(time.localtime(1700000000)))
print(time.mktime(time.localtime(1700000000)), time.gmtime(0))
print(time.strftime("%Y", (2024, 1, 1, 0, 0, 0, 0, 1, 0)))
print(type(time.timezone), type(time.tzname), time.localtime().tm_year > 2000, time.monotonic_ns() > 0, type(time.perf_counter_ns()))
try:
    time.strftime("%Y", (2024, 13, 1, 0, 0, 0, 0, 1, 0))
except ValueError as e:
    print(e)

# expect: time.struct_time(tm_year=2023, tm_mon=11, tm_mday=14, tm_hour=22, tm_min=13, tm_sec=20, tm_wday=1, tm_yday=318, tm_isdst=0) 2023 2023 (2023, 11, 14) 9
# expect: 2023-11-14 22:13:20 Tue Tuesday Nov November 318 PM 10 23 46 46 2 2 14 2023 46 20 11/14/23 2023-11-14 22:13:20 %
# expect: Tue Nov 14 22:13:20 2023|11/14/23|22:13:20 Tue Nov 14 22:13:20 2023 True
# expect: 1700000000.0 time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0)
# expect: 2024
# expect: <class 'int'> <class 'tuple'> True True <class 'int'>
# expect: month out of range
