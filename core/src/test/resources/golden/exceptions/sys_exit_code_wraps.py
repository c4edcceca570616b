# The operating system keeps the low 8 bits of the exit code.
import sys

sys.exit(2**32 + 3)
# expect exit: 3
