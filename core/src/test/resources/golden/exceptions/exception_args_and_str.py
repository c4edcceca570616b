e = ValueError("bad", 42)
print(e.args, str(e), repr(e))  # expect: ('bad', 42) ('bad', 42) ValueError('bad', 42)
e1 = KeyError("k")
print(str(e1), repr(e1))  # expect: 'k' KeyError('k')
e0 = RuntimeError()
print(repr(str(e0)), repr(e0))  # expect: '' RuntimeError()
print(str(ValueError("plain")), repr(TypeError("t")))  # expect: plain TypeError('t')
class E(Exception):
    pass
print(repr(E("x")), str(E(1)))  # expect: E('x') 1
