class WithCall:
    def __call__(self):
        return 1

class Without:
    pass

def f():
    pass

print(callable(f), callable(lambda: 0), callable(print), callable(int))  # expect: True True True True
print(callable(WithCall()), callable(Without()), callable(Without))  # expect: True False True
print(callable(1), callable("s"), callable(None), callable([].append))  # expect: False False False True
