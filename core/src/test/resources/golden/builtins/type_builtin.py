print(type(1), type(1.0), type("s"), type(b"b"))  # expect: <class 'int'> <class 'float'> <class 'str'> <class 'bytes'>
print(type([]), type(()), type({}), type(set()), type(None), type(True))  # expect: <class 'list'> <class 'tuple'> <class 'dict'> <class 'set'> <class 'NoneType'> <class 'bool'>
print(type(lambda: 0).__name__, type(range(1)).__name__)  # expect: function range
print(type(3) is int, type(True) is int, type(type(1)))  # expect: True False <class 'type'>
print(type([]).__name__, type({}.keys()).__name__)  # expect: list dict_keys
