def tag():
    return "[" + __package__ + "]"
