def loud(fn):
    def wrapper(x):
        print("calling", fn.__name__)
        return fn(x) * 2
    return wrapper

@loud
def inc(x):
    return x + 1

print(inc(3))
# expect: calling inc
# expect: 8
print(inc.__name__)  # expect: wrapper
