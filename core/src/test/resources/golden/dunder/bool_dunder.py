class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print("bool called")
        return self.on

    def __len__(self):
        return 99

    def __repr__(self):
        return "<Flag on>" if self.on else "<Flag off>"

f = Flag(False)
print(bool(f))
# expect: bool called
# expect: False
r = f and "x"
# expect: bool called
print(r is f)  # expect: True
t = Flag(True)
print(t or "y", "z" if t else "w")
# expect: bool called
# expect: bool called
# expect: <Flag on> z
