def g(): return 1/0
print(max(1,
    g()))
