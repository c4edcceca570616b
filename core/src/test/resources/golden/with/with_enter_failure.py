class Bad:
    def __enter__(self):
        raise RuntimeError("enter failed")

    def __exit__(self, *a):
        print("exit should not run")

class Good:
    def __enter__(self):
        print("good enter")

    def __exit__(self, *a):
        print("good exit")

try:
    with Good(), Bad():
        print("body")
except RuntimeError as e:
    print("caught", e)
# expect: good enter
# expect: good exit
# expect: caught enter failed
