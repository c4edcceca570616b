def sub():
    yield 1
    yield 2
    return "sub-done"

def main_gen():
    result = yield from sub()
    print("sub returned", result)
    yield 3
    return "ignored"

print(list(main_gen()))
# expect: sub returned sub-done
# expect: [1, 2, 3]
g = sub()
next(g)
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)  # expect: value: sub-done
