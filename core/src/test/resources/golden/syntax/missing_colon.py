# A compile-time error: no statement of this file runs,
# so nothing reaches stdout even if a print comes first.
print("x")
if True
    pass
# expect error: SyntaxError: expected ':'
