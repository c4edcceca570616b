class Range2:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1

r = Range2(3)
print(list(r), list(r))  # expect: [0, 1, 2] [0, 1, 2]
print(sum(r), max(r), sorted(r, reverse=True))  # expect: 3 2 [2, 1, 0]
print([(a, b) for a in r for b in r if a < b])  # expect: [(0, 1), (0, 2), (1, 2)]
a, b, c = r
print(a, b, c, 2 in r, 5 in r)  # expect: 0 1 2 True False
