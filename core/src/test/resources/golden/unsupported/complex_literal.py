# A compile-time error: no statement of this file runs,
# so nothing reaches stdout even if a print comes first.
z = 1j
print(z * z)
# expect error: SyntaxError: complex numbers are not supported by gilvm
