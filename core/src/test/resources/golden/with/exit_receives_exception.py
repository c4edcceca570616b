class Spy:
    def __enter__(self):
        return "token"

    def __exit__(self, exc_type, exc, tb):
        print("type:", exc_type.__name__ if exc_type else None)
        print("value:", repr(exc))
        print("tb is None:", tb is None)

try:
    with Spy() as t:
        print("got", t)
        raise IndexError("idx")
except IndexError:
    print("propagated")
# expect: got token
# expect: type: IndexError
# expect: value: IndexError('idx')
# expect: tb is None: False
# expect: propagated
with Spy():
    pass
# expect: type: None
# expect: value: None
# expect: tb is None: True
