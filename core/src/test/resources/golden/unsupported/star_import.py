# A compile-time error: no statement of this file runs,
# so nothing reaches stdout even if a print comes first.
from math import *
print(sqrt(4))
# expect error: SyntaxError: star imports are not supported by gilvm
