# logging records the caller's file, line and function; traceback.print_stack and extract_stack.
import logging, sys, traceback
logging.basicConfig(stream=sys.stdout, format="%(filename)s:%(lineno)d %(funcName)s %(module)s %(message)s")
def f():
    logging.warning("inside f")
f()
logging.getLogger("x").error("top")
import io
def g():
    s = io.StringIO()
    traceback.print_stack(file=s)
    print(s.getvalue().replace(__file__, "FILE"), end="")
    print(len(traceback.extract_stack()), traceback.extract_stack()[-1].name)
g()

# expect: logging_caller.py:5 f logging_caller inside f
# expect: logging_caller.py:7 <module> logging_caller top
# expect:   File "FILE", line 14, in <module>
# expect:     g()
# expect:   File "FILE", line 11, in g
# expect:     traceback.print_stack(file=s)
# expect: 2 g
