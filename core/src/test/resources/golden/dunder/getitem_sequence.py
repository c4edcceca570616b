class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("out of range")
        return i * i

    def __len__(self):
        return self.n

sq = Squares(5)
print(sq[0], sq[3], sq[-1], len(sq))  # expect: 0 9 16 5
try:
    sq[5]
except IndexError as e:
    print("IndexError", e)  # expect: IndexError out of range

class Table:
    def __init__(self):
        self.data = {"a": 1}

    def __getitem__(self, key):
        return self.data.get(key, 0)

t = Table()
print(t["a"], t["b"])  # expect: 1 0
