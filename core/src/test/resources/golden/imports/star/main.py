# from m import *: __all__ when the module has one (even underscore names), else every public name.
from colors import *
print(RED, mix(RED, "blue"), _hidden_but_listed)
print("GREEN" in globals())
from plain import *
print(PUBLIC, helper(), "_private" in globals(), "_sys" in globals())
from tools import *
print(VERSION, hammer.hit(), "saw" in globals())
import sys
print("tools.saw" in sys.modules, "tools.hammer" in sys.modules)

# CPython 3.11's output:
# expect: red red+blue listed
# expect: False
# expect: 1 helper False False
# expect: 2 bang False
# expect: False True
