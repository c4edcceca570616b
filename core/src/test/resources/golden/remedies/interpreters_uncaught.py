# An ExecutionFailed nobody catches ends the program like any exception; its report carries the
# other interpreter's own traceback. CPython 3.11 has no concurrent.interpreters: the expected
# lines follow CPython 3.14's documented behaviour (and 3.13's test.support.interpreters).
from concurrent import interpreters

interp = interpreters.create()
interp.exec("def check(n):\n    if n > 2:\n        raise KeyError(n)\n")
interp.exec("check(1)")
print("first check passed")
interp.exec("check(3)")
print("not reached")

# expect: first check passed
# expect stderr: concurrent.interpreters.ExecutionFailed: KeyError: 3
# expect stderr: Uncaught in the interpreter:
# expect stderr:   File "<string>", line 3, in check
# expect error: KeyError: 3
