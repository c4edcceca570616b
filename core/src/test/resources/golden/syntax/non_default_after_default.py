# A compile-time error: no statement of this file runs,
# so nothing reaches stdout even if a print comes first.
def f(a=1, b):
    pass
# expect error: SyntaxError: non-default argument follows default argument
