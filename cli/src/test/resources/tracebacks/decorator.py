def deco(f): raise TypeError('d')
@deco
def h(): pass
