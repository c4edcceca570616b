import sys

print(type(sys.argv).__name__, len(sys.argv))  # expect: list 1
print(sys.argv[0])  # expect: sys_argv.py
print(sys.argv[0].endswith(".py"))  # expect: True
