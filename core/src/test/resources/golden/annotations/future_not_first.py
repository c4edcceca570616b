"""A docstring may come first; any other statement may not."""
import sys
from __future__ import annotations
print("not printed: the whole file is rejected")

# Output of CPython 3.11:
# expect error: SyntaxError: from __future__ imports must occur at the beginning of the file
