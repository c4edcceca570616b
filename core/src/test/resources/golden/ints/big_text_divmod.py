# Big ints to and from decimal text at many sizes (runs of zeros inside, powers of ten,
# negatives), divmod's signs and three-argument pow on word-sized and big moduli.
import sys
sys.set_int_max_str_digits(0)

def digest(s):
    return (len(s), s[:12], s[-12:], sum(map(ord, s)) % 99991)

for n in [10**9 - 1, 10**18, 2**64, 2**100 + 1, -(2**127), 10**36 * 7 + 5, 2**1535,
          2**1536 - 1, 10**470 + 1, -(3**2000), 10**5000 + 10**2500, 7**9000, 10**9000]:
    s = str(n)
    assert int(s) == n
    print(digest(s), f"{n:,}"[-15:], int("-" + s.lstrip("-")) == -abs(n))
x = (10**3000 + 12345) * 10**3000 + 6789
print(digest(str(x)), int(str(x)) == x)
y = 1
for k in range(1, 900):
    y = y * k + (k % 7)
print(digest(str(y)), int(str(y)) == y, int(" " + str(y)[:2000] + "_0 ") % 1000003)
print(str(-(10**2600))[:5], len(str(-(10**2600))))
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (2**70 + 3, 10), (-(2**70) - 3, 10),
             (2**70, -(2**35)), (-(2**90), -(3**40)), (-9223372036854775808, -1),
             (10**40, 10**40), (-(10**40), 10**40 + 1)]:
    q, r = divmod(a, b)
    print(q, r, q == a // b and r == a % b)
try:
    divmod(2**80, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
for b, e, m in [(3, 200, 1000), (-3, 201, 1000), (3, 200, -1000), (5, 0, 1), (0, 0, 7),
                (2**100, 65537, 3**30 + 1), (12345, 2**70 + 1, 2**31 - 1), (-7, 3, -(2**31 - 1)),
                (3, -1, 7), (2**80 + 1, -3, 10**20 + 7), (10, 3, 2**31), (2, 10**6, 2**61 - 1)]:
    print(pow(b, e, m))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(5000)
try:
    str(10**5000)
except ValueError as e:
    print("ValueError:", e)
print(len(str(10**4999)))
try:
    int("1" * 5001)
except ValueError as e:
    print("ValueError:", e)
# expect: (9, '999999999', '999999999', 513) 999,999,999 True
# expect: (19, '100000000000', '000000000000', 913) 000,000,000,000 True
# expect: (20, '184467440737', '073709551616', 1048) 073,709,551,616 True
# expect: (31, '126765060022', '496703205377', 1604) 496,703,205,377 True
# expect: (40, '-17014118346', '715884105728', 2072) 715,884,105,728 True
# expect: (37, '700000000000', '000000000005', 1788) 000,000,000,005 True
# expect: (463, '120515621346', '380169658368', 24326) 380,169,658,368 True
# expect: (463, '241031242692', '760339316735', 24339) 760,339,316,735 True
# expect: (471, '100000000000', '000000000001', 22610) 000,000,000,001 True
# expect: (956, '-17478712517', '054110440001', 50223) 054,110,440,001 True
# expect: (5001, '100000000000', '000000000000', 40068) 000,000,000,000 True
# expect: (7606, '762711207897', '541525400001', 99442) 541,525,400,001 True
# expect: (9001, '100000000000', '000000000000', 32085) 000,000,000,000 True
# expect: (6001, '100000000000', '000000006789', 88112) True
# expect: (2268, '278863027983', '072957793167', 19175) True 107883
# expect: -1000 2602
# expect: 3 1 True
# expect: -4 1 True
# expect: -4 -1 True
# expect: 3 -1 True
# expect: 0 0 True
# expect: 118059162071741130342 7 True
# expect: -118059162071741130343 3 True
# expect: -34359738368 0 True
# expect: 101823828 -2700826514457853996 True
# expect: 9223372036854775808 0 True
# expect: 1 0 True
# expect: -1 1 True
# expect: ZeroDivisionError: integer division or modulo by zero
# expect: 1
# expect: 997
# expect: -999
# expect: 0
# expect: 1
# expect: 48226405183376
# expect: 2071650471
# expect: -343
# expect: 5
# expect: 5205007340346353523
# expect: 1000
# expect: 134217728
# expect: ValueError: base is not invertible for the given modulus
# expect: ValueError: Exceeds the limit (5000 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect: 5000
# expect: ValueError: Exceeds the limit (5000 digits) for integer string conversion: value has 5001 digits; use sys.set_int_max_str_digits() to increase the limit
