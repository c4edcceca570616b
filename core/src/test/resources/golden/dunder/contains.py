class Evens:
    def __contains__(self, x):
        print("checking", x)
        return x % 2 == 0

e = Evens()
print(4 in e)
# expect: checking 4
# expect: True
print(3 not in e)
# expect: checking 3
# expect: True
print(2 in [1, 2], "b" in "abc", "k" in {"k": 1}, 1 in {1: 0}.values())  # expect: True True True False
