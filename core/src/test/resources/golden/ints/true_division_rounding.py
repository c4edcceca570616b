# int / int beyond 2**53 is rounded once, to the nearest float (ties to even), as CPython's
# long_true_divide: not through a decimal approximation that rounds twice.
print((2**53 + 1) / 2**62)           # exactly halfway: ties to even, down
print((2**53 + 3) / 2**62)           # exactly halfway: ties to even, up
print((2**54 + 1) / 3)
print(10**30 / 7, -(10**30) / 7, 10**30 / -7)
print(2**1100 // 3 / 2**1070, 1 / 2**1074, 1 / 2**1075, 3 / 2**1076, -1 / 10**400)
print((2**1024 - 2**971) / 1, (2**1024 - 2**970 - 1) / 1)
for n in (2**1024, 2**1024 - 2**970):   # the second is halfway to 2**1024: it rounds up
    try:
        print(n / 1)
    except OverflowError as e:
        print("OverflowError:", e)
print(0 / -5, 123456789012345678901234567890 / 98765432109876543210)

# CPython 3.11's output:
# expect: 0.001953125
# expect: 0.001953125000000001
# expect: 6004799503160662.0
# expect: 1.4285714285714285e+29 -1.4285714285714285e+29 -1.4285714285714285e+29
# expect: 357913941.3333333 5e-324 0.0 5e-324 -0.0
# expect: 1.7976931348623157e+308 1.7976931348623157e+308
# expect: OverflowError: integer division result too large for a float
# expect: OverflowError: integer division result too large for a float
# expect: -0.0 1249999988.609375
