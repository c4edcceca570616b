def repeat(times):
    def deco(fn):
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return deco

@repeat(3)
def hello(name, mark="!"):
    return "hi " + name + mark

print(hello("x"))  # expect: ['hi x!', 'hi x!', 'hi x!']
print(hello("y", mark="?"))  # expect: ['hi y?', 'hi y?', 'hi y?']
