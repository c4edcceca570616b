small, big = {1, 2}, {1, 2, 3}
print(small.issubset(big), big.issubset(small), small.issubset(small))  # expect: True False True
print(big.issuperset(small), small.issuperset(big), set().issubset(small))  # expect: True False True
print(small <= big, small < big, small < small, big >= small, big > big)  # expect: True True False True False
print(small.issubset([1, 2, 5]), big.issuperset(range(1, 3)))  # expect: True True
