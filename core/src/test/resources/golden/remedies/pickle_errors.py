# What pickle refuses, with CPython 3.11's exception types and messages: a lambda (looked up by
# name in its module), a nested function or class (local objects), a lock, a generator, an open
# file; bad protocols and bad pickle data.
import pickle
import os
import threading


def outer():
    def inner():
        pass
    return inner


def make_local():
    class Local:
        pass
    return Local()


def gen():
    yield 1


f = open(os.devnull)
square = lambda x: x * x
cases = [("lambda", square), ("nested function", outer()), ("local class", make_local()),
         ("lock", threading.Lock()), ("rlock", threading.RLock()), ("generator", gen()),
         ("open file", f)]
for label, obj in cases:
    try:
        pickle.dumps(obj)
    except Exception as e:
        print(label + ":", type(e).__module__, type(e).__name__, str(e).replace(hex(id(obj)), "0x…"))
f.close()
print(issubclass(pickle.PicklingError, pickle.PickleError), pickle.PicklingError.__module__)
for proto in (6, 100):
    try:
        pickle.dumps(1, protocol=proto)
    except ValueError as e:
        print("ValueError:", e)
for bad in [b"", b"\x80\x04K", b"\xff", b"\x80\x06K\x01.", b"(", b"]h\x05."]:
    try:
        pickle.loads(bad)
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    pickle.loads("text")
except TypeError as e:
    print("TypeError:", e)
try:
    pickle.dumps(square)
except pickle.PicklingError as e:
    import traceback
    print(traceback.format_exception_only(type(e), e)[-1].replace(hex(id(square)), "0x…"), end="")

# expect: lambda: _pickle PicklingError Can't pickle <function <lambda> at 0x…>: attribute lookup <lambda> on __main__ failed
# expect: nested function: builtins AttributeError Can't pickle local object 'outer.<locals>.inner'
# expect: local class: builtins AttributeError Can't pickle local object 'make_local.<locals>.Local'
# expect: lock: builtins TypeError cannot pickle '_thread.lock' object
# expect: rlock: builtins TypeError cannot pickle '_thread.RLock' object
# expect: generator: builtins TypeError cannot pickle 'generator' object
# expect: open file: builtins TypeError cannot pickle '_io.TextIOWrapper' object
# expect: True _pickle
# expect: ValueError: pickle protocol must be <= 5
# expect: ValueError: pickle protocol must be <= 5
# expect: EOFError: Ran out of input
# expect: UnpicklingError: pickle data was truncated
# expect: UnpicklingError: invalid load key, '\xff'.
# expect: ValueError: unsupported pickle protocol: 6
# expect: EOFError: Ran out of input
# expect: UnpicklingError: Memo value not found at index 5
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: _pickle.PicklingError: Can't pickle <function <lambda> at 0x…>: attribute lookup <lambda> on __main__ failed
