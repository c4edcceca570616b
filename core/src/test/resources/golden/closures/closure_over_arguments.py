def multiplier(n):
    def mul(x):
        return x * n
    return mul

triple = multiplier(3)
print(triple(5), multiplier(10)(5))  # expect: 15 50

def accumulator(start):
    total = [start]
    def add(v):
        total[0] += v
        return total[0]
    return add

acc = accumulator(100)
acc(1)
print(acc(2))  # expect: 103
