# An exception raised in a worker is re-raised by result(), with the worker's frames.
from concurrent.futures import ThreadPoolExecutor


def boom(n):
    raise KeyError(n)


with ThreadPoolExecutor(2) as ex:
    print(ex.submit(len, "abc").result())
    ex.submit(boom, "x").result()

# CPython 3.11's output:
# expect: 3
# expect error: KeyError: 'x'
# expect stderr:   File "futures_result_reraises.py", line 6, in boom
