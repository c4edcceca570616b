# A compile-time error: no statement of this file runs,
# so nothing reaches stdout even if a print comes first.
for x in range(3):
    pass
continue
# expect error: SyntaxError: 'continue' not properly in loop
