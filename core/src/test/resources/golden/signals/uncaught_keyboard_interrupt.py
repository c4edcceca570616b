# An uncaught KeyboardInterrupt ends the program as SIGINT would: traceback, status 130.
def work():
    raise KeyboardInterrupt


try:
    work()
finally:
    print("finally ran")
# expect: finally ran
# expect stderr: KeyboardInterrupt
# expect exit: 130
