# A compile-time error: no statement of this file runs,
# so nothing reaches stdout even if a print comes first.
x = (1, 2
print(x)
# expect error: SyntaxError: '(' was never closed
