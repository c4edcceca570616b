class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

print(list(Countdown(3)))  # expect: [3, 2, 1]
for x in Countdown(2):
    print("tick", x)
# expect: tick 2
# expect: tick 1
c = Countdown(2)
print(next(c), next(c), next(c, "done"))  # expect: 2 1 done
print(list(c))  # expect: []
