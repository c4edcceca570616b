def counted(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

@counted
def add(a, b):
    return a + b

add(1, 2)
add(3, b=4)
print(add(5, 6), add.calls)  # expect: 11 3
