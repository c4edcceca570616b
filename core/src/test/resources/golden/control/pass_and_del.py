def stub():
    pass

class Empty:
    pass

print(stub(), type(Empty()).__name__)  # expect: None Empty
x = 10
del x
try:
    print(x)
except NameError as e:
    print(e)  # expect: name 'x' is not defined
lst = [0, 1, 2, 3, 4, 5]
del lst[0]
del lst[-1]
print(lst)  # expect: [1, 2, 3, 4]
del lst[1:3]
print(lst)  # expect: [1, 4]
d = {"a": 1, "b": 2}
del d["a"]
print(d)  # expect: {'b': 2}
class Obj:
    pass
o = Obj()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))  # expect: False
