print(abs(-5), abs(5), abs(0), abs(-0.0), abs(-2.5))  # expect: 5 5 0 0.0 2.5
print(abs(-(2 ** 100)), abs(float("-inf")), abs(True))  # expect: 1267650600228229401496703205376 inf 1
try:
    abs("x")
except TypeError as e:
    print(e)  # expect: bad operand type for abs(): 'str'
