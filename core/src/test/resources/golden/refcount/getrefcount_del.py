import sys

obj = []
alias = obj
print(sys.getrefcount(obj))  # expect: 3
del alias
print(sys.getrefcount(obj))  # expect: 2
box = [obj]
del box
print(sys.getrefcount(obj))  # expect: 2
