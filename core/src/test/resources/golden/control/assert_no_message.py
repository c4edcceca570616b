# assert without a message: the error line is just the class name.
print("start")  # expect: start
assert len("abc") == 2
print("unreachable")
# expect error: AssertionError
