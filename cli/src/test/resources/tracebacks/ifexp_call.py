def f(): raise ValueError
x = f() if 1 else 0
