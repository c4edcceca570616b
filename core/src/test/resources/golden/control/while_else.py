n = 3
while n > 0:
    print("n =", n)
    n -= 1
else:
    print("loop ended normally")
# expect: n = 3
# expect: n = 2
# expect: n = 1
# expect: loop ended normally
while False:
    pass
else:
    print("else on zero iterations")  # expect: else on zero iterations
