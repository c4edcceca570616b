def v(x):
    print("v", x)
    return x

x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6)  # expect: True False True
print(v(1) < v(0) < v(2))
# expect: v 1
# expect: v 0
# expect: False
print(v(1) < v(2) < v(3))
# expect: v 1
# expect: v 2
# expect: v 3
# expect: True
print(1 == 1.0 != 2, "a" < "b" < "c", 3 > 2 == 2)  # expect: True True True
