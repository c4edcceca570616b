import sys

print(sys.getswitchinterval())  # expect: 0.005
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())  # expect: 0.001
sys.setswitchinterval(0.5)
print(sys.getswitchinterval())  # expect: 0.5
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print(e)  # expect: switch interval must be strictly positive
