# CPython's limit on int <-> decimal text conversions (4300 digits by default).
import sys

print(sys.get_int_max_str_digits())
for text in ("1" * 5000, "-" + "9" * 4301, " " + "7" * 4301 + " "):
    try:
        int(text)
    except ValueError as e:
        print(e)
print(int("1" * 4300) % 1000, int("f" * 5000, 16) % 1000)
big = 10**4300
for convert in (str, repr, lambda v: f"{v}", lambda v: "%d" % v, lambda v: "{:,}".format(v)):
    try:
        convert(big)
    except ValueError as e:
        print(e)
print(len(str(10**4299)), len(str(-(10**4299))), len(hex(big)))
sys.set_int_max_str_digits(6000)
print(len(str(big)), int("3" * 5500) % 10)
sys.set_int_max_str_digits(0)
print(len(str(10**20000)))
for bad in (100, -1, 640):
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print(e)
sys.set_int_max_str_digits(maxdigits=4300)
print(sys.get_int_max_str_digits())
# expect: 4300
# expect: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit
# expect: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit
# expect: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit
# expect: 111 375
# expect: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect: 4300 4301 3574
# expect: 4301 3
# expect: 20001
# expect: maxdigits must be 0 or larger than 640
# expect: maxdigits must be 0 or larger than 640
# expect: 4300
