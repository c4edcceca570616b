import sys

print(sys.version_info[0], sys.version_info.major)  # expect: 3 3
print(sys.version_info >= (3, 8), sys.version_info[:1])  # expect: True (3,)
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1)  # expect: 9223372036854775807 True
print(type(sys.maxsize).__name__, sys.maxsize + 1)  # expect: int 9223372036854775808
