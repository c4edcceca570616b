s = "hello"
t = s
s += " world"
print(t, "|", s)  # expect: hello | hello world
try:
    s[0] = "H"
except TypeError as e:
    print(e)  # expect: 'str' object does not support item assignment
print("H" + s[1:])  # expect: Hello world
