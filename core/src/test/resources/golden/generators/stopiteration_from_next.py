def one():
    yield 1

g = one()
print(next(g))  # expect: 1
try:
    next(g)
except StopIteration:
    print("stopped")  # expect: stopped
it = iter([])
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e.args))  # expect: StopIteration ()
next(g)
# expect error: StopIteration
