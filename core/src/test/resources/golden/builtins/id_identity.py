a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__)  # expect: True False int
class K:
    pass
k = K()
print(id(k) == id(k), id(k) != id(K()) or True)  # expect: True True
print(id(None) == id(None))  # expect: True
