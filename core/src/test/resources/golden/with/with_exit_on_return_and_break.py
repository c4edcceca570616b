class Ctx:
    def __init__(self, tag):
        self.tag = tag

    def __enter__(self):
        return self

    def __exit__(self, *a):
        print("exit", self.tag)

def f():
    with Ctx("in f"):
        return "returned"

print(f())
# expect: exit in f
# expect: returned
for i in range(3):
    with Ctx(i):
        if i == 1:
            break
# expect: exit 0
# expect: exit 1
