# A compile-time error: no statement of this file runs,
# so nothing reaches stdout even if a print comes first.
print("never printed: the whole file fails to compile")
x = = 1
# expect stderr:   File "invalid_syntax_nothing_runs.py", line 4
# expect error: SyntaxError: invalid syntax
