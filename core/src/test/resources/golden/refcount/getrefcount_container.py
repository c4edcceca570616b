import sys

x = [1, 2]
holder = [x]
print(sys.getrefcount(x))  # expect: 3
holder.append(x)
print(sys.getrefcount(x))  # expect: 4
holder.pop()
print(sys.getrefcount(x))  # expect: 3
holder.clear()
print(sys.getrefcount(x))  # expect: 2
