# A compile-time error: no statement of this file runs,
# so nothing reaches stdout even if a print comes first.
if True:
pass
# expect error: IndentationError: expected an indented block after 'if' statement on line 3
