# A module whose body raises is removed from sys.modules again; a later import runs it again.
import sys
for attempt in range(2):
    try:
        import broken
    except ValueError as e:
        print("attempt", attempt, "ValueError:", e, "| in sys.modules:", "broken" in sys.modules)
try:
    import pkg.bad
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name:", e.name)
print("pkg" in sys.modules, "pkg.bad" in sys.modules, hasattr(sys.modules["pkg"], "bad"))
sys.modules["broken"] = None
try:
    import broken
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
del sys.modules["broken"]
import broken

# CPython 3.11's output:
# expect: broken runs
# expect: attempt 0 ValueError: broken on purpose | in sys.modules: False
# expect: broken runs
# expect: attempt 1 ValueError: broken on purpose | in sys.modules: False
# expect: ModuleNotFoundError: No module named 'missing_dependency' | name: missing_dependency
# expect: True False False
# expect: ModuleNotFoundError: import of broken halted; None in sys.modules
# expect: broken runs
# expect error: ValueError: broken on purpose
