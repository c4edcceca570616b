s = "banana"
print(s.replace("a", "o"), s.replace("a", "o", 2), s.replace("x", "y"))  # expect: bonono bonona banana
print(s.find("an"), s.rfind("an"), s.find("z"), s.find("a", 2))  # expect: 1 3 -1 3
print(s.index("n"), s.rfind("b"), s.find(""))  # expect: 2 0 0
try:
    s.index("z")
except ValueError as e:
    print(e)  # expect: substring not found
print("aaa".replace("a", "bb"), "abc".replace("", "-"))  # expect: bbbbbb -a-b-c-
