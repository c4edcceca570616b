def sign(n):
    return "+" if n > 0 else "-" if n < 0 else "0"

print(sign(4), sign(-4), sign(0))  # expect: + - 0
x = None
y = x if x is not None else "default"
print(y)  # expect: default
print([("even" if i % 2 == 0 else "odd") for i in range(3)])  # expect: ['even', 'odd', 'even']
print((lambda a: a * 2 if a else -1)(0))  # expect: -1
