print(any([0, "", None]), any([0, 1]), any([]))  # expect: False True False
print(all([1, "a", [0]]), all([1, 0]), all([]))  # expect: True False True
def check(x):
    print("check", x)
    return x > 1
print(any(check(x) for x in [1, 2, 3]))
# expect: check 1
# expect: check 2
# expect: True
print(all(check(x) for x in [2, 0, 5]))
# expect: check 2
# expect: check 0
# expect: False
