big = 10 ** 30
print(big == 10 ** 30, big != big + 1, big > 1e29, -big < -1e29)  # expect: True True True True
print(hash(5) == hash(5), hash(2 ** 100) == hash(2 ** 100), hash(1) == hash(1.0))  # expect: True True True
print(max(3, 2 ** 70, -5), min([10 ** 20, 10 ** 19]))  # expect: 1180591620717411303424 10000000000000000000
print(sorted([2 ** 65, -(2 ** 65), 0, 3]))  # expect: [-36893488147419103232, 0, 3, 36893488147419103232]
print(int("9" * 40) + 1 == 10 ** 40)  # expect: True
