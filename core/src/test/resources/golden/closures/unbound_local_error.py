x = 1

def ok():
    return x

def bad():
    print(x)
    x = 2

print(ok())  # expect: 1
try:
    bad()
except UnboundLocalError as e:
    print(type(e).__name__, isinstance(e, NameError))  # expect: UnboundLocalError True
bad()
# expect error: UnboundLocalError: cannot access local variable 'x' where it is not associated with a value
