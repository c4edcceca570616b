def inner(x):
    return 10 // x

def outer():
    return inner(0)

print("before")  # expect: before
outer()
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "uncaught_traceback.py", line 8, in <module>
# expect stderr:   File "uncaught_traceback.py", line 5, in outer
# expect stderr:   File "uncaught_traceback.py", line 2, in inner
# expect error: ZeroDivisionError: integer division or modulo by zero
