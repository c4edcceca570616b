funcs = []
for i in range(3):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])  # expect: [0, 1, 2]

def maker(n):
    return lambda: n
funcs2 = [maker(k) for k in range(3)]
print([f() for f in funcs2])  # expect: [0, 1, 2]
