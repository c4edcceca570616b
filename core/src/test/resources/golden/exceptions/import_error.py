try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(e)  # expect: No module named 'no_such_module_here'
try:
    import another_missing_mod
except ImportError as e:
    print(type(e).__name__)  # expect: ModuleNotFoundError
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).startswith("cannot import name 'no_such_name' from 'math'"))  # expect: ImportError True
import missing_mod_final
# expect error: ModuleNotFoundError: No module named 'missing_mod_final'
