# gc (no cycle collector: collect() returns 0) and platform.
import gc, platform, os
print(gc.isenabled(), gc.collect(), gc.get_count() == (0, 0, 0) or True, type(gc.get_threshold()))
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
print(platform.system(), platform.machine() == os.uname().machine, platform.python_version().startswith("3.11"), platform.uname().system)
print(platform.python_version_tuple()[:2], platform.architecture()[0], platform.node() == os.uname().nodename)

# expect: True 0 True <class 'tuple'>
# expect: False
# expect: True
# expect: Linux True True Linux
# expect: ('3', '11') 64bit True
