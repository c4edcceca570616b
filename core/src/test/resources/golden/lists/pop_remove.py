lst = [10, 20, 30, 20, 40]
print(lst.pop(), lst)  # expect: 40 [10, 20, 30, 20]
print(lst.pop(0), lst.pop(-2), lst)  # expect: 10 30 [20, 20]
lst.remove(20)
print(lst)  # expect: [20]
try:
    lst.remove(99)
except ValueError as e:
    print(e)  # expect: list.remove(x): x not in list
try:
    [1].pop(5)
except IndexError as e:
    print(e)  # expect: pop index out of range
