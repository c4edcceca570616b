from __future__ import annotations, generator_stop
from __future__ import no_such_feature
print("not printed")

# Output of CPython 3.11:
# expect error: SyntaxError: future feature no_such_feature is not defined
