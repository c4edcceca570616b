def apply(fn, *args):
    return fn(*args)

def add(a, b):
    return a + b

ops = {"add": add, "mul": lambda a, b: a * b, "max": max}
for name in ops:
    print(name, apply(ops[name], 3, 4))
# expect: add 7
# expect: mul 12
# expect: max 4
print(add.__name__, callable(add), callable(3))  # expect: add True False
