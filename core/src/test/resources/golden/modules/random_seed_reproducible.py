import random

random.seed(12345)
first = [random.random() for _ in range(5)]
ints1 = [random.randint(1, 100) for _ in range(5)]
random.seed(12345)
second = [random.random() for _ in range(5)]
ints2 = [random.randint(1, 100) for _ in range(5)]
print(first == second, ints1 == ints2)  # expect: True True
random.seed(1)
a = random.random()
random.seed(2)
b = random.random()
print(a != b)  # expect: True
