# sys.exit with a code that does not fit a C long exits 255, as CPython.
import sys

print("before")
sys.exit(10**30)
# expect: before
# expect exit: 255
