x = None
x += 1
