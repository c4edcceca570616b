def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "big"

print([classify(n) for n in (-5, 0, 7, 10)])  # expect: ['neg', 'zero', 'small', 'big']
x = 5
if x > 3:
    if x > 4:
        print("nested")  # expect: nested
else:
    print("no")
