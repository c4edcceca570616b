def is_a(exc_class, base):
    try:
        raise exc_class()
    except base:
        return "T"
    except BaseException:
        return "F"

pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (UnboundLocalError, NameError),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (ModuleNotFoundError, ImportError), (ArithmeticError, Exception),
    (StopIteration, Exception), (AssertionError, Exception), (OSError, Exception),
    (AttributeError, Exception), (TypeError, Exception), (ValueError, Exception),
    (Exception, BaseException), (KeyboardInterrupt, Exception),
    (KeyboardInterrupt, BaseException), (SystemExit, Exception), (SystemExit, BaseException),
    (KeyError, IndexError), (ValueError, TypeError),
]
print("".join(is_a(a, b) for a, b in pairs))
# expect: TTTTTTTTTTTTTTTTFTFTFF
print(isinstance(KeyError(), LookupError), isinstance(KeyError(), IndexError))  # expect: True False
