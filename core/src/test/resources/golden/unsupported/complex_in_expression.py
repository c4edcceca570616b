# A compile-time error: no statement of this file runs,
# so nothing reaches stdout even if a print comes first.
def f():
    return 3 + 4j
print("unreached")
# expect error: SyntaxError: complex numbers are not supported by gilvm
