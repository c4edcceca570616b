import random

random.seed(7)
floats = [random.random() for _ in range(1000)]
print(all(0.0 <= f < 1.0 for f in floats), len(set(floats)) > 990)  # expect: True True
dice = [random.randint(1, 6) for _ in range(1000)]
print(min(dice), max(dice), all(type(d) is int for d in dice))  # expect: 1 6 True
print(sorted(set(dice)))  # expect: [1, 2, 3, 4, 5, 6]
print(random.randint(5, 5), random.randint(-3, -3))  # expect: 5 -3
