# A package with a subpackage: import a.b.c binds a, submodules become attributes of their parent.
import sys
import shapes.solid.cube

D = __file__.rpartition("/")[0]
print(shapes.solid.cube.volume(3))
print(shapes.SIDES["square"], "solid" in dir(shapes), "flat" in dir(shapes))
from shapes import flat
print(flat.area(2, 5), shapes.flat is flat)
from shapes.solid import cube
print(cube is shapes.solid.cube is sys.modules["shapes.solid.cube"])
import shapes.solid.cube as c
print(c is cube)
print(shapes.__package__, shapes.solid.__package__, cube.__package__)
print([p.replace(D, "<dir>") for p in shapes.__path__], shapes.__file__.replace(D, "<dir>"))
print(shapes.solid.__spec__.name, shapes.solid.__spec__.parent, cube.__spec__.parent)
print(shapes.solid.__spec__.submodule_search_locations == shapes.solid.__path__)
print(hasattr(cube, "__path__"), cube.__spec__.submodule_search_locations)
print(sorted(m for m in sys.modules if m.startswith("shapes")))
mod = __import__("shapes.flat")
print(mod is shapes, __import__("shapes.flat", fromlist=["area"]) is flat)

# CPython 3.11's output:

# CPython 3.11's output:
# expect: shapes/__init__ runs
# expect: shapes.solid runs
# expect: shapes.solid.cube runs
# expect: 27
# expect: 4 True False
# expect: 10 True
# expect: True
# expect: True
# expect: shapes shapes.solid shapes.solid
# expect: ['<dir>/shapes'] <dir>/shapes/__init__.py
# expect: shapes.solid shapes.solid shapes.solid
# expect: True
# expect: False None
# expect: ['shapes', 'shapes.flat', 'shapes.solid', 'shapes.solid.cube']
# expect: True True
