print("[" + "ab".center(6) + "]")  # expect: [  ab  ]
print("[" + "ab".center(7, "*") + "]")  # expect: [***ab**]
print("[" + "ab".ljust(5, ".") + "]", "[" + "ab".rjust(5) + "]")  # expect: [ab...] [   ab]
print("42".zfill(5), "-42".zfill(5), "+7".zfill(3), "abc".zfill(2))  # expect: 00042 -0042 +07 abc
print("[" + "long".center(2) + "]")  # expect: [long]
