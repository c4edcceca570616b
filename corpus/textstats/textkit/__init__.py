from .tokenize import words, sentences
from .stats import summarize

registry = {}


def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco
