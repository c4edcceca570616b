import dis
from dis import dis as disassemble

def add(a, b):
    return a + b

print(callable(dis.dis), disassemble is dis.dis)  # expect: True True
print(add(2, 3))  # expect: 5
