lst = list(range(10))
print(lst[2:5], lst[:3], lst[7:], lst[-2:])  # expect: [2, 3, 4] [0, 1, 2] [7, 8, 9] [8, 9]
print(lst[::3], lst[::-1][:3], lst[8:2:-2])  # expect: [0, 3, 6, 9] [9, 8, 7] [8, 6, 4]
print(lst[5:5], lst[20:30], lst[-100:1])  # expect: [] [] [0]
print(lst[-3:-1], lst[-1:-3], lst[1:-1:4])  # expect: [7, 8] [] [1, 5]
t = (1, 2, 3, 4)
print(t[1:3], t[::-1], "xyz"[::-1])  # expect: (2, 3) (4, 3, 2, 1) zyx
