def f(): return 1
a, b = f()
