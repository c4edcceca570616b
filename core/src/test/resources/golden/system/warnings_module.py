# warnings: warn with the caller's file and line, the default filters, actions, catch_warnings.
import warnings, sys
sys.stderr = sys.stdout
_show = warnings.showwarning
def show(message, category, filename, lineno, file=None, line=None):
    # The file name as the program gives it: CPython's is absolute, a test runner's may not be.
    _show(message, category, filename.replace(__file__, "FILE"), lineno, file, line)
warnings.showwarning = show
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

# expect: FILE:11: UserWarning: first warning
# expect: FILE:13: UserWarning: in a loop
# expect: FILE:14: DeprecationWarning: old() is deprecated
# expect: FILE:15: RuntimeWarning: careful
# expect: FILE:16: UserWarning: an instance
# expect: 2 ['recorded', 'two'] UserWarning True
# expect: raised boom here
# expect: FILE:30: PendingDeprecationWarning: pending
# expect: f.py:3: UserWarning: msg
# expect:   x = 1
# expect: invalid action: 'bogus'
