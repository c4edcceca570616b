X = 1
def __getattr__(name):
    if name == "computed":
        return "made on demand"
    if name == "boom":
        raise KeyError(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
