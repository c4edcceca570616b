"""A retry/backoff helper library with diagnostics, exercised by a fake flaky service."""
import functools

import io
import sys
import traceback
from collections import ChainMap, UserDict
from functools import cmp_to_key
import textwrap


class TransientError(OSError):
    def __init__(self, *args):
        super().__init__(*args)
        self.transient = True


class BadInput(ValueError):
    def __init__(self, field, reason):
        super().__init__(f"{field}: {reason}")
        self.field = field


class ServiceDown(TransientError, BadInput):
    """An error that is both transient and about input (two exception bases)."""


class Config(UserDict):
    def __missing__(self, key):
        return {"attempts": 3, "backoff": 0.5}.get(key)


def retry(func=None, *, attempts=None, on=(TransientError,)):
    if func is None:
        return functools.partial(retry, attempts=attempts, on=on)

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        errors = []
        n = attempts or CONFIG["attempts"]
        for i in range(1, n + 1):
            try:
                return func(*args, **kwargs)
            except on as e:
                tb = traceback.extract_tb(e.__traceback__)
                where = tb[-1]
                errors.append(e)
                print(f"  attempt {i} failed in {where.name}() line +{where.lineno - FIRST}: "
                      f"{type(e).__name__}: {e}")
        raise ExceptionGroup(f"{func.__name__} failed {n} times", errors)
    wrapper.attempts = attempts
    return wrapper


class FlakyService:
    def __init__(self, failures):
        self.failures = list(failures)
        self.calls = 0

    def fetch(self, key):
        self.calls += 1
        if self.failures:
            kind = self.failures.pop(0)
            if kind == "down":
                raise ServiceDown(11, "service unavailable")
            if kind == "io":
                raise TransientError(5, "I/O error", key)
            raise BadInput("key", f"{key!r} is not valid")
        return {"key": key, "value": len(key) * 7}


FIRST = sys._getframe().f_lineno
CONFIG = Config({"backoff": 0.25})


@retry
def get(service, key):
    return service.fetch(key)


@retry(attempts=2, on=(TransientError, BadInput))
def get_lenient(service, key):
    return service.fetch(key)


def caller_names():
    frame = sys._getframe(1)
    names = []
    while frame is not None:
        names.append(frame.f_code.co_name)
        frame = frame.f_back
    return names


def outer_step():
    return caller_names()


def compare_versions(a, b):
    pa, pb = [tuple(int(x) for x in v.split(".")) for v in (a, b)]
    return (pa > pb) - (pa < pb)


def main():
    print(CONFIG["attempts"], CONFIG["backoff"], dict(ChainMap({"a": 1}, CONFIG.data)))
    print(get.__name__, get.__wrapped__.__name__, get_lenient.attempts)
    s = FlakyService(["io", "down"])
    print(get(s, "alpha"), s.calls)
    s = FlakyService(["down", "bad", "io"])
    try:
        get_lenient(s, "beta")
    except* ServiceDown as eg:
        print("down:", [str(e) for e in eg.exceptions])
    except* BadInput as eg:
        print("bad:", [e.field for e in eg.exceptions])
    s = FlakyService(["bad"])
    try:
        get(s, "gamma")
    except BadInput as e:
        frames = traceback.extract_tb(e.__traceback__)
        print("not retried:", [f.name for f in frames], e.field)
        buf = io.StringIO()
        traceback.print_exception(e, file=buf, limit=0) if False else None
        last = traceback.format_exception_only(type(e), e)
        print(last)
    e = ServiceDown(11, "x")
    print(ServiceDown.__mro__[1:4], e.errno, e.strerror, e.transient, isinstance(e, ValueError))
    print(outer_step()[:2])
    versions = ["1.10.0", "1.2.3", "1.2.10", "0.9"]
    print(sorted(versions, key=cmp_to_key(compare_versions)))
    text = """
        Retry helper report:
          calls are retried on transient errors only,
          and every failure is kept in an exception group.
    """
    print(textwrap.fill(textwrap.dedent(text).strip(), width=40))
    data = bytearray(b"retry")
    view = memoryview(data)
    view[0] = ord("R")
    print(data, bytes(view[1:3]), (1234).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
    print(round(2.5), round(3.5), divmod(-7, 2), f"{1e-7:g}", repr(0.1 + 0.2), complex(1, -2) * 1j)


main()
