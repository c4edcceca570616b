class Plain:
    pass

p = Plain()
print(p)  # expect re: <__main__\.Plain object at 0x[0-9a-f]+>
print(repr(p) == str(p))  # expect: True
print(Plain)  # expect: <class '__main__.Plain'>
print(type(p))  # expect: <class '__main__.Plain'>
print(type(p) is Plain)  # expect: True
print(int, type("s"), type(None))  # expect: <class 'int'> <class 'str'> <class 'NoneType'>
