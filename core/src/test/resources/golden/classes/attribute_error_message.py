class Box:
    def __init__(self):
        self.content = 1

b = Box()
try:
    b.zzz
except AttributeError as e:
    print(e)  # expect: 'Box' object has no attribute 'zzz'
try:
    (5).qqq
except AttributeError as e:
    print(e)  # expect: 'int' object has no attribute 'qqq'
print(getattr(b, "zzz", "dflt"))  # expect: dflt
None.upper()
# expect error: AttributeError: 'NoneType' object has no attribute 'upper'
