lst = [0, 1, 2, 3, 4]
lst[1:3] = ["a", "b", "c"]
print(lst)  # expect: [0, 'a', 'b', 'c', 3, 4]
lst[:] = [9]
print(lst)  # expect: [9]
lst[len(lst):] = [10, 11]
print(lst)  # expect: [9, 10, 11]
lst[::2] = ["x", "y"]
print(lst)  # expect: ['x', 10, 'y']
lst[0] = "first"
lst[-1] = "last"
print(lst)  # expect: ['first', 10, 'last']
try:
    lst[5] = 0
except IndexError as e:
    print(e)  # expect: list assignment index out of range
