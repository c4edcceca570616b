# close() raises GeneratorExit at the yield, so finally blocks run; throw() raises there too.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = gen()
print(next(g))
g.close()
print("closed")
def h():
    try:
        yield 1
    except ValueError as e:
        print("caught", e)
        yield 99
x = h(); next(x)
print(x.throw(ValueError("boom")))
def k():
    while True:
        try:
            yield 1
        except GeneratorExit:
            yield 2
y = k(); next(y)
try:
    y.close()
except RuntimeError as e:
    print("RuntimeError:", e)
# expect: 1
# expect: cleanup
# expect: closed
# expect: caught boom
# expect: 99
# expect: RuntimeError: generator ignored GeneratorExit
