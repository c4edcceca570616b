"""gilvm's own library modules have a path-like __file__ (inside gilvm's jar, as CPython names
a module imported from a zip archive), and tracebacks through them show it with the source."""
import enum
import collections
import collections.abc
import os.path
import traceback

for m in (enum, collections, collections.abc):
    print(m.__name__, os.path.basename(m.__file__), os.path.isabs(m.__file__))
print(os.path.basename(os.path.dirname(collections.abc.__file__)))


class Color(enum.Enum):
    RED = 1


try:
    Color(5)
except ValueError as e:
    frames = traceback.TracebackException.from_exception(e).stack
    print(os.path.basename(frames[-1].filename), frames[-1].line.startswith("raise"))
    print(e)
# Output of CPython 3.11:
# expect: enum enum.py True
# expect: collections __init__.py True
# expect: collections.abc abc.py True
# expect: collections
# expect: enum.py True
# expect: 5 is not a valid Color
