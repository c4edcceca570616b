class P:
    def __init__(self, v):
        self.v = int(v)
P('x')
