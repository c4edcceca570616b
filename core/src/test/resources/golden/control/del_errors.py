d = {"a": 1}
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)  # expect: KeyError 'zz'
lst = [1]
try:
    del lst[5]
except IndexError as e:
    print(e)  # expect: list assignment index out of range
def f():
    y = 1
    del y
    return y
f()
# expect error: UnboundLocalError: cannot access local variable 'y' where it is not associated with a value
