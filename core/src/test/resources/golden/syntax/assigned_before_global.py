# A compile-time error: no statement of this file runs,
# so nothing reaches stdout even if a print comes first.
def f():
    x = 1
    global x
# expect error: SyntaxError: name 'x' is assigned to before global declaration
