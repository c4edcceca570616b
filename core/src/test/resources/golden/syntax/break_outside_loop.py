# A compile-time error: no statement of this file runs,
# so nothing reaches stdout even if a print comes first.
print(1)
break
# expect error: SyntaxError: 'break' outside loop
