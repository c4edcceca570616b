try:
    raise ValueError("v")
except ValueError as err:
    kept = err
print(repr(kept))  # expect: ValueError('v')
try:
    print(err)
except NameError as e:
    print(e)  # expect: name 'err' is not defined
