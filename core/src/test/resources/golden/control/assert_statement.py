assert True
assert 1 + 1 == 2, "math works"
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("caught:", e)  # expect: caught: one is not greater
try:
    assert []
except AssertionError as e:
    print("no message:", repr(e.args))  # expect: no message: ()
x = 3
assert x % 2 == 0, f"x={x} is odd"
# expect error: AssertionError: x=3 is odd
