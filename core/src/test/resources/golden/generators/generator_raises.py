def gen():
    yield 1
    raise ValueError("inside generator")

g = gen()
print(next(g))  # expect: 1
try:
    next(g)
except ValueError as e:
    print("caught", e)  # expect: caught inside generator
print(next(g, "exhausted"))  # expect: exhausted

def checker():
    yield 1
    raise StopIteration

try:
    list(checker())
except RuntimeError as e:
    print(e)  # expect: generator raised StopIteration
