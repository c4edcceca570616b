lst = [1, 2, 3]
print(lst[2], lst[-1])  # expect: 3 3
try:
    lst["0"]
except TypeError as e:
    print(e)  # expect: list indices must be integers or slices, not str
print(lst[3])
# expect error: IndexError: list index out of range
