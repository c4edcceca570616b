"""A helper module."""
print("helper runs once, as", __name__)

GREETING = "hello"


def greet(who):
    return GREETING + ", " + who


if __name__ == "__main__":
    print("not printed: helper is imported, not run")
