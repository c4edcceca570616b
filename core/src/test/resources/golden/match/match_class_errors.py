# The TypeErrors a class pattern raises when it runs, and a mapping pattern with **rest.
class P:
    __match_args__ = ("x", "y")
    def __init__(s, x, y): s.x, s.y = x, y
class Q:
    __match_args__ = ["x"]
class R: pass
class S:
    __match_args__ = (1,)
for src in ["match P(1,2):\n case P(1, 2, 3): pass", "match Q():\n case Q(1): pass", "match R():\n case R(1): pass", "match S():\n case S(1): pass", "match 1:\n case len(1): pass", "match P(1,2):\n case P(1, x=2): pass", "match {'a': 1}:\n case {'a': 1, **r}: print(r)", "k='a'\nclass K: a='a'\nmatch {'a': 1}:\n case {K.a: 1, K.a: 2}: pass"]:
    try:
        exec(src)
    except Exception as e:
        print(type(e).__name__, e)

# Output of CPython 3.11:
# expect: TypeError P() accepts 2 positional sub-patterns (3 given)
# expect: TypeError Q.__match_args__ must be a tuple (got list)
# expect: TypeError R() accepts 0 positional sub-patterns (1 given)
# expect: TypeError __match_args__ elements must be strings (got int)
# expect: TypeError called match pattern must be a type
# expect: TypeError P() got multiple sub-patterns for attribute 'x'
# expect: {}
