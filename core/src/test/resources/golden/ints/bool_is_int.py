print(isinstance(True, int), True == 1, False == 0, isinstance(1, bool))  # expect: True True True False
print(sum([True, True, False]), True + 1, str(True), repr(False))  # expect: 2 2 True False
print(bool(0), bool(-1), bool("False"), int(False))  # expect: False True True 0
d = {1: "one"}
d[True] = "true"
print(d)  # expect: {1: 'true'}
print(type(True).__name__, True & False, True | False, True ^ True)  # expect: bool False True False
