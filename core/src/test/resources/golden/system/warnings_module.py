# warnings: warn with the caller's file and line, the default filters, actions, catch_warnings.
import warnings, sys
sys.stderr = sys.stdout
def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
warnings.warn("first warning")
for i in range(3):
    warnings.warn("in a loop")
old()
warnings.warn("careful", RuntimeWarning)
warnings.warn(UserWarning("an instance"))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("recorded", UserWarning)
    warnings.warn("two", FutureWarning)
print(len(w), [str(x.message) for x in w], w[0].category.__name__, w[1].lineno > 0)
warnings.simplefilter("ignore", RuntimeWarning)
warnings.warn("ignored", RuntimeWarning)
warnings.filterwarnings("error", message="boom")
try:
    warnings.warn("boom here")
except UserWarning as e:
    print("raised", e)
warnings.resetwarnings()
warnings.warn("pending", PendingDeprecationWarning)
print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "x = 1"), end="")
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print(e)

# expect: /work/wt/stdlib-b/core/src/test/resources/golden/system/warnings_module.py:6: UserWarning: first warning
# expect:   warnings.warn("first warning")
# expect: /work/wt/stdlib-b/core/src/test/resources/golden/system/warnings_module.py:8: UserWarning: in a loop
# expect:   warnings.warn("in a loop")
# expect: /work/wt/stdlib-b/core/src/test/resources/golden/system/warnings_module.py:9: DeprecationWarning: old() is deprecated
# expect:   old()
# expect: /work/wt/stdlib-b/core/src/test/resources/golden/system/warnings_module.py:10: RuntimeWarning: careful
# expect:   warnings.warn("careful", RuntimeWarning)
# expect: /work/wt/stdlib-b/core/src/test/resources/golden/system/warnings_module.py:11: UserWarning: an instance
# expect:   warnings.warn(UserWarning("an instance"))
# expect: 2 ['recorded', 'two'] UserWarning True
# expect: raised boom here
# expect: /work/wt/stdlib-b/core/src/test/resources/golden/system/warnings_module.py:25: PendingDeprecationWarning: pending
# expect:   warnings.warn("pending", PendingDeprecationWarning)
# expect: f.py:3: UserWarning: msg
# expect:   x = 1
# expect: invalid action: 'bogus'
