def total(*nums):
    print(type(nums).__name__, len(nums))
    return sum(nums)

print(total())
# expect: tuple 0
# expect: 0
print(total(1, 2, 3))
# expect: tuple 3
# expect: 6

def head_tail(first, *rest):
    return first, rest

print(head_tail(1))  # expect: (1, ())
print(head_tail(1, 2, 3))  # expect: (1, (2, 3))
