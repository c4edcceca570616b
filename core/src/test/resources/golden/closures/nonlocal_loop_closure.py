def run():
    log = []
    n = 0
    def step():
        nonlocal n
        n += 1
        log.append(n)
    while n < 4:
        step()
    return log

print(run())  # expect: [1, 2, 3, 4]

def counters():
    fs = []
    for start in (0, 100):
        def mk(s):
            c = s
            def f():
                nonlocal c
                c += 1
                return c
            return f
        fs.append(mk(start))
    return fs

c1, c2 = counters()
print(c1(), c1(), c2())  # expect: 1 2 101
