# A compile-time error: no statement of this file runs,
# so nothing reaches stdout even if a print comes first.
print("x")
s = "abc
# expect error: SyntaxError: unterminated string literal (detected at line 4)
