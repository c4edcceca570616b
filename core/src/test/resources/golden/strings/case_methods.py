s = "hello WORLD, it's 3pm"
print(s.upper())  # expect: HELLO WORLD, IT'S 3PM
print(s.lower())  # expect: hello world, it's 3pm
print(s.title())  # expect: Hello World, It'S 3Pm
print(s.capitalize())  # expect: Hello world, it's 3pm
print("ßtraße".upper(), "ǅ".lower())  # expect: SSTRASSE ǆ
