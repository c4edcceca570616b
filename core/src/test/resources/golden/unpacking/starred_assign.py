first, *rest = [1, 2, 3, 4]
print(first, rest)  # expect: 1 [2, 3, 4]
*init, last = (1, 2, 3)
print(init, last)  # expect: [1, 2] 3
head, *middle, tail = "abcde"
print(head, middle, tail)  # expect: a ['b', 'c', 'd'] e
a, *b = [1]
print(a, b)  # expect: 1 []
*everything, = range(3)
print(everything)  # expect: [0, 1, 2]
