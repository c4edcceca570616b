# A compile-time error: no statement of this file runs,
# so nothing reaches stdout even if a print comes first.
def f(*a, **k):
    pass
f(x=1, 2)
# expect error: SyntaxError: positional argument follows keyword argument
