"""Container datatypes, with CPython 3.11's API.

deque is written in Java (_collections), as a container guarded by the object locks under
finegrained; the rest is Python here.
"""

from _collections import deque

__all__ = ["deque"]
