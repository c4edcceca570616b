try:
    1.5 // 0
except ZeroDivisionError as e:
    print(e)  # expect: float floor division by zero
try:
    2 % 0.0
except ZeroDivisionError as e:
    print(e)  # expect: float modulo
print(isinstance(ZeroDivisionError(), ArithmeticError))  # expect: True
y = 0.0
print(1.0 / y)
# expect error: ZeroDivisionError: float division by zero
