class Res:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type)
        return False

with Res("a") as r:
    print("body uses", r.name)
print("after")
# expect: enter a
# expect: body uses a
# expect: exit a None
# expect: after
