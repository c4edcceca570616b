funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])  # expect: [2, 2, 2]

def make():
    fs = []
    for j in range(3):
        def g():
            return j * 10
        fs.append(g)
    j = 99
    return fs

print([f() for f in make()])  # expect: [990, 990, 990]
