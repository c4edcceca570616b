# traceback: format_exc, print_exc, format_exception (chained and not), TracebackException.
import traceback, sys, io

def inner(x):
    raise ValueError("bad value %d" % x)

def outer():
    inner(42)

try:
    outer()
except ValueError:
    text = traceback.format_exc()
    print(text.replace(__file__, "FILE"), end="")
    print(traceback.format_exception_only(*sys.exc_info()[:2]))
    s = io.StringIO()
    traceback.print_exc(file=s)
    print(s.getvalue() == text)

try:
    try:
        raise KeyError("k")
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    lines = traceback.format_exception(e)
    print("".join(lines).replace(__file__, "FILE"), end="")
    print(traceback.format_exception(type(e), e, e.__traceback__, chain=False)[-1], end="")
    te = traceback.TracebackException.from_exception(e)
    print([(f.name, f.line) for f in te.stack], "".join(te.format_exception_only()), end="")
print(traceback.format_exception_only(ValueError("x"))[0], end="")
traceback.print_exc(file=sys.stdout)
try:
    raise ZeroDivisionError("division by zero")
except ZeroDivisionError:
    s = io.StringIO()
    traceback.print_exc(file=s)
    print(s.getvalue().replace(__file__, "FILE"), end="")

# expect: Traceback (most recent call last):
# expect:   File "FILE", line 11, in <module>
# expect:     outer()
# expect:   File "FILE", line 8, in outer
# expect:     inner(42)
# expect:   File "FILE", line 5, in inner
# expect:     raise ValueError("bad value %d" % x)
# expect: ValueError: bad value 42
# expect: ['ValueError: bad value 42\n']
# expect: True
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 22, in <module>
# expect:     raise KeyError("k")
# expect: KeyError: 'k'
# expect: 
# expect: The above exception was the direct cause of the following exception:
# expect: 
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 24, in <module>
# expect:     raise RuntimeError("wrapped") from e
# expect: RuntimeError: wrapped
# expect: RuntimeError: wrapped
# expect: [('<module>', 'raise RuntimeError("wrapped") from e')] RuntimeError: wrapped
# expect: ValueError: x
# expect: NoneType: None
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 34, in <module>
# expect:     raise ZeroDivisionError("division by zero")
# expect: ZeroDivisionError: division by zero
