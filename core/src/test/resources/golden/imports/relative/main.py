# Relative imports: from . import x, from .mod import y, from ..pkg import z, in a package.
import app
from app.core import run

print(app.APP_NAME, app.config.DEBUG)
print(run())
import app.util
print(app.util.__path__ is not None, app.util.__file__ if hasattr(app.util, "__file__") else None)
try:
    import app.util.deep
except ImportError as e:
    print(type(e).__name__, e)
try:
    from . import app
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .app import config
except ImportError as e:
    print(type(e).__name__, e)
import importlib
print(importlib.import_module(".helpers", "app.core").tag())
print(importlib.import_module("..config", "app.core").NAME)
try:
    importlib.import_module(".config")
except TypeError as e:
    print(type(e).__name__, e)

# CPython 3.11's output:
# expect: demo False
# expect: DEMO! [app.core] app.util.text
# expect: True None
# expect: ImportError attempted relative import beyond top-level package
# expect: ImportError attempted relative import with no known parent package
# expect: ImportError attempted relative import with no known parent package
# expect: [app.core]
# expect: demo
# expect: TypeError the 'package' argument is required to perform a relative import for '.config'
