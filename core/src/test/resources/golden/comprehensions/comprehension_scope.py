x = "outer"
squares = [x * 2 for x in range(3)]
print(x, squares)  # expect: outer [0, 2, 4]

def f():
    n = 10
    return [n + i for i in range(3)]

print(f())  # expect: [10, 11, 12]

class C:
    factor = 3
    values = [i * 2 for i in range(factor)]
print(C.values)  # expect: [0, 2, 4]
try:
    print(i)
except NameError as e:
    print(e)  # expect: name 'i' is not defined
