print("{} and {}".format("a", "b"))  # expect: a and b
print("{1} {0} {1}".format("x", "y"))  # expect: y x y
print("{name} is {age}".format(name="Bo", age=7))  # expect: Bo is 7
print("{:>5}|{:<5}|{:^5}|".format("a", "b", "c"))  # expect:     a|b    |  c  |
print("{:.2f} {:,}".format(3.14159, 10000))  # expect: 3.14 10,000
print("{0!r} {0!s}".format("q"))  # expect: 'q' q
print("{{}} {}".format(1))  # expect: {} 1
print("{0[1]} {1[k]}".format([5, 6], {"k": "v"}))  # expect: 6 v
