xs = [1, 0]
ys = [10 / x for x in xs]
