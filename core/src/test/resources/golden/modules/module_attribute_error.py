import math

print(hasattr(math, "sqrt"), hasattr(math, "nosuchfn"))  # expect: True False
print(getattr(math, "nosuchfn", "absent"))  # expect: absent
math.nosuchfn
# expect error: AttributeError: module 'math' has no attribute 'nosuchfn'
