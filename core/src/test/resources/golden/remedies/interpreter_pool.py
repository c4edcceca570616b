# concurrent.futures.InterpreterPoolExecutor (CPython 3.14): a thread pool whose workers each run
# in an interpreter of their own. Results come back as copies; an exception comes back as itself,
# with the ExecutionFailed that describes it as its __cause__. CPython 3.11 has no such class:
# the expected lines follow CPython 3.14's documentation.
from concurrent.futures import InterpreterPoolExecutor, ThreadPoolExecutor, as_completed


def square(x):
    return x * x


def fails(x):
    raise ValueError(f"no {x}")


def where():
    import concurrent.interpreters as ci
    return ci.get_current().id != 0


def read_limit():
    return globals()["limit"]


print(issubclass(InterpreterPoolExecutor, ThreadPoolExecutor))
with InterpreterPoolExecutor(max_workers=2, shared={"limit": 10}) as pool:
    print(list(pool.map(square, range(8))))
    print(sorted(f.result() for f in as_completed([pool.submit(square, n) for n in (3, 4)])))
    print(pool.submit(where).result())
    print(pool.submit(read_limit).result())
    future = pool.submit(fails, 7)
    try:
        future.result()
    except ValueError as e:
        print("ValueError:", e)
        cause = e.__cause__
        print(type(cause).__name__, "|", cause.excinfo.type.__name__, "|", cause.excinfo.msg)
print(future.done(), future.exception().args)

# expect: True
# expect: [0, 1, 4, 9, 16, 25, 36, 49]
# expect: [9, 16]
# expect: True
# expect: 10
# expect: ValueError: no 7
# expect: ExecutionFailed | ValueError | no 7
# expect: True ('no 7',)
