# str.find/index/count/startswith/center count characters outside the BMP as one.
s = "a😀b😀c"
print(len(s), s.find("b"), s.index("c"), s.rfind("😀"), s.find("😀", 2), s.count("😀"), s[2], s.find("c", 3, 5))
print("😀x".partition("x"), s.split("b"), s.replace("😀", "-"), s.startswith("b", 2), s.endswith("b", 0, 3))
print(s.rindex("b"), s.find("", 10), s.find("", 5), s.rfind("a", 1), "xy😀z".center(9, "*"))
# expect: 5 2 4 3 3 2 b 4
# expect: ('😀', 'x', '') ['a😀', '😀c'] a-b-c True True
# expect: 2 -1 5 -1 ***xy😀z**
