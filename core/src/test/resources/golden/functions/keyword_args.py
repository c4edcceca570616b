def describe(a, b, c):
    return f"a={a} b={b} c={c}"

print(describe(1, 2, 3))  # expect: a=1 b=2 c=3
print(describe(c=3, a=1, b=2))  # expect: a=1 b=2 c=3
print(describe(1, c=30, b=20))  # expect: a=1 b=20 c=30
