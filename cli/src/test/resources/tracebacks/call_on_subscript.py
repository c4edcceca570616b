fs = [len]
fs[0](1)
