# & walks the smaller set (the right one on a tie) and keeps its elements, so which of two equal
# elements survives follows CPython.
print({1} & {True})  # expect: {True}
print({True} & {1})  # expect: {1}
print({1, 2, 3} & {True})  # expect: {True}
print({True} & {1, 2, 3})  # expect: {True}
print({1.0, 2.0} & {1, 2, 3})  # expect: {1.0, 2.0}
