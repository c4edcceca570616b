class Res:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, *exc):
        print("exit", self.name)

with Res("a") as x, Res("b") as y, Res("c"):
    print("body", x, y)
# expect: enter a
# expect: enter b
# expect: enter c
# expect: body A B
# expect: exit c
# expect: exit b
# expect: exit a
