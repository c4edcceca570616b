__all__ = ["RED", "mix", "_hidden_but_listed"]
RED = "red"
GREEN = "green"
_hidden_but_listed = "listed"


def mix(a, b):
    return a + "+" + b
