# A compile-time error: no statement of this file runs,
# so nothing reaches stdout even if a print comes first.
def f():
  x = 1
    y = 2
# expect error: IndentationError: unexpected indent
