class Cfg:
    debug = False

c = Cfg()
print(getattr(c, "debug"), getattr(c, "level", 3), hasattr(c, "level"))  # expect: False 3 False
setattr(c, "level", 5)
print(c.level, hasattr(c, "level"), getattr(c, "level", 0))  # expect: 5 True 5
name = "dyn_" + "attr"
setattr(c, name, [1])
print(c.dyn_attr, hasattr(Cfg, "dyn_attr"))  # expect: [1] False
print(getattr("abc", "upper")(), hasattr([], "append"))  # expect: ABC True
try:
    getattr(c, "nothing_here")
except AttributeError as e:
    print(e)  # expect: 'Cfg' object has no attribute 'nothing_here'
