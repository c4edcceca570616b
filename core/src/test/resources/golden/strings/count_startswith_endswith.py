s = "hello world"
print(s.count("o"), s.count("l"), s.count("xyz"), "aaaa".count("aa"))  # expect: 2 3 0 2
print(s.startswith("hell"), s.startswith("world"), s.startswith("world", 6))  # expect: True False True
print(s.endswith("ld"), s.endswith(("x", "world")), s.startswith(("a", "h")))  # expect: True True True
print("".startswith(""), "abc".endswith(""))  # expect: True True
