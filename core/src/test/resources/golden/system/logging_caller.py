# logging records the caller's file, line and function; traceback.print_stack and extract_stack.
import logging, sys, traceback
logging.basicConfig(stream=sys.stdout, format="%(filename)s:%(lineno)d %(funcName)s %(module)s %(message)s")
def f():
    logging.warning("inside f")
f()
logging.getLogger("x").error("top")
def g():
    traceback.print_stack(file=sys.stdout)
    print(len(traceback.extract_stack()), traceback.extract_stack()[-1].name)
g()

# expect: logging_caller.py:5 f logging_caller inside f
# expect: logging_caller.py:7 <module> logging_caller top
# expect:   File "/work/wt/stdlib-b/core/src/test/resources/golden/system/logging_caller.py", line 11, in <module>
# expect:     g()
# expect:   File "/work/wt/stdlib-b/core/src/test/resources/golden/system/logging_caller.py", line 9, in g
# expect:     traceback.print_stack(file=sys.stdout)
# expect: 2 g
