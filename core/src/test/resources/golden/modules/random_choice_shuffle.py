import random

random.seed(99)
items = ["a", "b", "c", "d", "e"]
picks = [random.choice(items) for _ in range(200)]
print(all(p in items for p in picks), len(set(picks)) == 5)  # expect: True True
deck = list(range(20))
random.shuffle(deck)
print(sorted(deck) == list(range(20)), len(deck))  # expect: True 20
print(random.shuffle(deck))  # expect: None
random.seed(5)
d1 = list(range(10))
random.shuffle(d1)
random.seed(5)
d2 = list(range(10))
random.shuffle(d2)
print(d1 == d2)  # expect: True
try:
    random.choice([])
except IndexError:
    print("IndexError on empty")  # expect: IndexError on empty
