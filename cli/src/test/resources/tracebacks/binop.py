a = 1
b = 0
x = a / b
