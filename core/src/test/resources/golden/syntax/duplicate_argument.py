# A compile-time error: no statement of this file runs,
# so nothing reaches stdout even if a print comes first.
def f(a, a):
    pass
# expect error: SyntaxError: duplicate argument 'a' in function definition
