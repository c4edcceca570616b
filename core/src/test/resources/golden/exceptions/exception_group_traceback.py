# An exception group that leaves the program is printed in nested boxes, notes after messages.
def handle():
    try:
        raise ExceptionGroup("jobs", [ValueError("bad value"), TypeError("bad type"), KeyError("k")])
    except* ValueError:
        print("value handled")
    except* TypeError:
        raise RuntimeError("while handling types")
e = ValueError("noted")
e.add_note("first note")
try:
    raise e
except ValueError as x:
    print(x.__notes__)
handle()
# expect: ['first note']
# expect: value handled
# expect stderr:   + Exception Group Traceback (most recent call last):
# expect stderr:   |   File "exception_group_traceback.py", line 15, in <module>
# expect stderr:   |     handle()
# expect stderr:   | ExceptionGroup:  (2 sub-exceptions)
# expect stderr:   +-+---------------- 1 ----------------
# expect stderr:     | Exception Group Traceback (most recent call last):
# expect stderr:     |   File "exception_group_traceback.py", line 4, in handle
# expect stderr:     |     raise ExceptionGroup("jobs", [ValueError("bad value"), TypeError("bad type"), KeyError("k")])
# expect stderr:     | ExceptionGroup: jobs (1 sub-exception)
# expect stderr:     +-+---------------- 1 ----------------
# expect stderr:       | TypeError: bad type
# expect stderr:       +------------------------------------
# expect stderr:     | 
# expect stderr:     | During handling of the above exception, another exception occurred:
# expect stderr:     | 
# expect stderr:     | Traceback (most recent call last):
# expect stderr:     |   File "exception_group_traceback.py", line 8, in handle
# expect stderr:     |     raise RuntimeError("while handling types")
# expect stderr:     | RuntimeError: while handling types
# expect stderr:     +---------------- 2 ----------------
# expect stderr:     | Exception Group Traceback (most recent call last):
# expect stderr:     |   File "exception_group_traceback.py", line 4, in handle
# expect stderr:     |     raise ExceptionGroup("jobs", [ValueError("bad value"), TypeError("bad type"), KeyError("k")])
# expect stderr:     | ExceptionGroup: jobs (1 sub-exception)
# expect stderr:     +-+---------------- 1 ----------------
# expect stderr:       | KeyError: 'k'
# expect stderr:       +------------------------------------
# expect exit: 1
