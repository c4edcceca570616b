# time.strptime (parsed by datetime's strptime) and logging.captureWarnings.
import time
t = time.strptime("2024-03-05 14:07:09", "%Y-%m-%d %H:%M:%S")
print(t, t.tm_wday, t.tm_yday)
print(time.strptime("5 Mar 2024", "%d %b %Y")[:3], time.strptime("12:30", "%H:%M")[:6])
try:
    time.strptime("2024-13-01", "%Y-%m-%d")
except ValueError as e:
    print(e)
import logging, warnings, io
s = io.StringIO()
logging.basicConfig(stream=s, format="%(name)s|%(levelname)s|%(message)s")
logging.captureWarnings(True)
warnings.warn("to the log")
logging.captureWarnings(False)
print(repr(s.getvalue().replace(__file__, "FILE")))

# expect: time.struct_time(tm_year=2024, tm_mon=3, tm_mday=5, tm_hour=14, tm_min=7, tm_sec=9, tm_wday=1, tm_yday=65, tm_isdst=-1) 1 65
# expect: (2024, 3, 5) (1900, 1, 1, 12, 30, 0)
# expect: time data '2024-13-01' does not match format '%Y-%m-%d'
# expect: 'py.warnings|WARNING|FILE:14: UserWarning: to the log\n  warnings.warn("to the log")\n\n'
