# sys.path is a list the program changes; the finder reads it at every import.
import sys
D = __file__.rpartition("/")[0]
try:
    import plugin
except ModuleNotFoundError as e:
    print(e)
sys.path.insert(0, D + "/extra")
import plugin
print(plugin.NAME, plugin.__file__.replace(D, "<dir>"))
sys.path.remove(D + "/extra")
import plugin as again
print(again is plugin)
del sys.modules["plugin"]
try:
    import plugin
except ModuleNotFoundError as e:
    print(e)
sys.path.append(D + "/extra")
import plugin
print(plugin is not again, plugin.NAME)
print(type(sys.path).__name__, type(sys.modules).__name__, sys.path[0] == D)


class Fake:
    answer = 42


sys.modules["virtual"] = Fake()
import virtual
from virtual import answer
print(answer, isinstance(virtual, Fake))
saved = sys.path
sys.path = []
try:
    import json_not_found_here
except ImportError as e:
    print(type(e).__name__, e)
sys.path = saved

# CPython 3.11's output:
# expect: No module named 'plugin'
# expect: plugin from extra/ <dir>/extra/plugin.py
# expect: True
# expect: No module named 'plugin'
# expect: True plugin from extra/
# expect: list dict True
# expect: 42 True
# expect: ModuleNotFoundError No module named 'json_not_found_here'
