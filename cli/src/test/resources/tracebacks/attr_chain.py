import os
x = os.path.nope.x
