# A syntax error CPython attributes to a whole statement: the carets span it.
print("never printed")
print "hello", 42
# expect stderr:   File "missing_parentheses_carets.py", line 3
# expect stderr:     print "hello", 42
# expect stderr:     ^^^^^^^^^^^^^^^^^
# expect error: SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?
