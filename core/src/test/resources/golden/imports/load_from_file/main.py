# Loading a module from a file of the program's choosing, with importlib.util.
import importlib.util
import sys

D = __file__.rpartition("/")[0]
spec = importlib.util.spec_from_file_location("plugin_greeter", D + "/plugins/greeter.py")
print(spec.name, spec.origin.replace(D, "<dir>"), spec.has_location, spec.parent == "")
module = importlib.util.module_from_spec(spec)
print(module.__name__, module.__file__.replace(D, "<dir>"), module.__spec__ is spec)
print(hasattr(module, "hello"), "plugin_greeter" in sys.modules)
spec.loader.exec_module(module)
print(module.hello())
print(importlib.util.spec_from_file_location("data", D + "/plugins/data.txt"))
print(importlib.util.find_spec("no_such_plugin"), importlib.util.find_spec("sys").origin)
print(importlib.util.find_spec("plugins.greeter").name, "plugins" in sys.modules)
print(importlib.util.resolve_name("..x", "a.b.c"))
bad = importlib.util.spec_from_file_location("bad", D + "/plugins/broken.py")
try:
    bad.loader.exec_module(importlib.util.module_from_spec(bad))
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.filename.replace(D, "<dir>"), e.lineno)

# CPython 3.11's output:
# expect: plugin_greeter <dir>/plugins/greeter.py True True
# expect: plugin_greeter <dir>/plugins/greeter.py True
# expect: False False
# expect: greeter runs as plugin_greeter
# expect: hello from greeter.py
# expect: None
# expect: None built-in
# expect: plugins.greeter True
# expect: a.b.x
# expect: SyntaxError: invalid syntax <dir>/plugins/broken.py 1
