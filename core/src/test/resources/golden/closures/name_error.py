def f():
    return qqqzzz + 1

try:
    f()
except NameError as e:
    print(e)  # expect: name 'qqqzzz' is not defined
print("after")  # expect: after
print(wwwvvv)
# expect error: NameError: name 'wwwvvv' is not defined
