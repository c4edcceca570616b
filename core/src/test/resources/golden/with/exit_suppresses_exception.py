class Suppress:
    def __init__(self, kind):
        self.kind = kind

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and isinstance(exc, self.kind):
            print("suppressed", repr(exc))
            return True
        return False

with Suppress(KeyError):
    {}["gone"]
    print("not reached")
print("continues")
# expect: suppressed KeyError('gone')
# expect: continues
try:
    with Suppress(KeyError):
        raise ValueError("passes through")
except ValueError as e:
    print("outer got", e)  # expect: outer got passes through
