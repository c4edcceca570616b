# A compile-time error: no statement of this file runs,
# so nothing reaches stdout even if a print comes first.
print(1)
return 5
# expect error: SyntaxError: 'return' outside function
