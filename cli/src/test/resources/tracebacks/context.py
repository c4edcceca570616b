try:
    [][1]
except IndexError:
    x = 1 / 0
