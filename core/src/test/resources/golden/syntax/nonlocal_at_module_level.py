# A compile-time error: no statement of this file runs,
# so nothing reaches stdout even if a print comes first.
print("x")
nonlocal x
# expect error: SyntaxError: nonlocal declaration not allowed at module level
