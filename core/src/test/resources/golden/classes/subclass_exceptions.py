# Exception subclasses with their own __init__, __str__, attributes and several bases.
class AppError(Exception):
    def __init__(self, message, code=1):
        super().__init__(message)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[0]}"

class NotFound(AppError, KeyError):
    pass

try:
    raise NotFound("no such user", code=404)
except KeyError as e:
    print(type(e).__name__, e, e.code, e.args, isinstance(e, AppError), isinstance(e, LookupError))

print([k.__name__ for k in NotFound.__mro__])

class Retry(Exception):
    attempts = 0

    def __new__(cls, *args):
        cls.attempts += 1
        return super().__new__(cls, *args)

for i in range(3):
    try:
        raise Retry(i)
    except Retry as e:
        last = e
print(Retry.attempts, last.args, repr(last))

class Quiet(ValueError):
    pass

try:
    int("x")
except ValueError as e:
    print(isinstance(e, Quiet))

try:
    raise Quiet("quiet", 2)
except ValueError as e:
    print(e, e.args)

class WithOS(OSError, ValueError):
    pass

print(issubclass(WithOS, ValueError), WithOS.__mro__[1].__name__)

try:
    raise NotFound("boom", code=500)
except AppError as e:
    raise RuntimeError("wrapped") from e

# CPython 3.11's output:
# expect: NotFound [404] no such user 404 ('no such user',) True True
# expect: ['NotFound', 'AppError', 'KeyError', 'LookupError', 'Exception', 'BaseException', 'object']
# expect: 3 (2,) Retry(2)
# expect: False
# expect: ('quiet', 2) ('quiet', 2)
# expect: True OSError
# expect error: RuntimeError: wrapped
