def broken_handler():
    try:
        1 / 0
    except ZeroDivisionError:
        undefined_thing_xyz

try:
    broken_handler()
except NameError as e:
    print(type(e.__context__).__name__)  # expect: ZeroDivisionError
    print(e.__cause__)  # expect: None
broken_handler()
# expect stderr: ZeroDivisionError: division by zero
# expect stderr: During handling of the above exception, another exception occurred:
# expect error: NameError: name 'undefined_thing_xyz' is not defined
