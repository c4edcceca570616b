lst = [1, 2, 3]
print(lst[-3])  # expect: 1
try:
    lst[-4]
except IndexError as e:
    print(e)  # expect: list index out of range
try:
    "abc"[3]
except IndexError as e:
    print(e)  # expect: string index out of range
try:
    (1, 2)[2]
except IndexError as e:
    print(e)  # expect: tuple index out of range
try:
    [].pop()
except IndexError as e:
    print(e)  # expect: pop from empty list
print(lst[3])
# expect error: IndexError: list index out of range
