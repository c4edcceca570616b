print(hash(42) == hash(42), hash(0) == hash(0.0) == hash(False))  # expect: True True
print(hash(10 ** 30) == hash(10 ** 30), hash((1, "a")) == hash((1, "a")))  # expect: True True
print(hash("abc") == hash("ab" + "c"), hash(-1) == hash(-1))  # expect: True True
print(hash(7), hash(-5), hash(True))  # expect: 7 -5 1
try:
    hash([1])
except TypeError as e:
    print(e)  # expect: unhashable type: 'list'
try:
    hash({})
except TypeError as e:
    print(e)  # expect: unhashable type: 'dict'
