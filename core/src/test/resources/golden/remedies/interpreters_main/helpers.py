def whose():
    return __name__
