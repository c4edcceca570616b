# A small Mandelbrot set in ASCII, the way such scripts use complex numbers.
def escape(c, limit=30):
    z = 0j
    for n in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return n
    return limit


for row in range(11):
    y = 1.2 - row * 0.24
    line = ""
    for col in range(40):
        x = -2.1 + col * 0.075
        n = escape(complex(x, y))
        line += " .:-=+*#%@"[min(n, 29) // 3]
    print(line.rstrip())

roots = [complex(round((1j ** (k / 2)).real, 12), round((1j ** (k / 2)).imag, 12)) for k in range(4)]
print(roots)
print(sum(abs(r) for r in roots))

# Output of CPython 3.11:
# expect: 
# expect:                    ......:-=:....
# expect:                ......:::-@@@=::....
# expect:           ........:+=@@@@@@@@@@@*:..
# expect:    .......::*@@@@==@@@@@@@@@@@@@@@-..
# expect:   @@@@@@@@@@@@@@@@@@@@@@@@@@@@@@-:....
# expect:    .......::*@@@@==@@@@@@@@@@@@@@@-..
# expect:           ........:+=@@@@@@@@@@@*:..
# expect:                ......:::-@@@=::....
# expect:                    ......:-=:....
# expect: 
# expect: [(1+0j), (0.707106781187+0.707106781187j), 1j, (-0.707106781187+0.707106781187j)]
# expect: 4.00000000000128
