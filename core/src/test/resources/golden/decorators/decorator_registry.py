registry = {}

def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco

@register("sq")
def square(x):
    return x * x

@register("neg")
def negate(x):
    return -x

print(list(registry))  # expect: ['sq', 'neg']
print(registry["sq"](4), registry["neg"](4), square(3))  # expect: 16 -4 9
