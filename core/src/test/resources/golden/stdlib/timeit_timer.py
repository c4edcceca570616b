import timeit

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

t = timeit.Timer("fib(10)", globals=globals())
elapsed = t.timeit(number=20)
print(type(elapsed).__name__, elapsed > 0)
runs = timeit.repeat("x = sum(range(100))", repeat=3, number=50)
print(len(runs), all(r >= 0 for r in runs))
print(timeit.timeit(lambda: fib(5), number=10) >= 0, timeit.default_timer is __import__("time").perf_counter)
print(timeit.timeit("y = a * 2", setup="a = 21", number=5) >= 0)
multi = """
total = 0
for i in range(10):
    total += i
"""
print(timeit.timeit(multi, number=3) >= 0)
counter = []
timeit.timeit("counter.append(1)", number=7, globals={"counter": counter})
print(len(counter))
seen = []
number, taken = timeit.Timer("pass").autorange(lambda n, t: seen.append(n))
print(number in seen, taken >= 0.2, seen[:3])
try:
    timeit.Timer("x = (")
except SyntaxError as e:
    print("SyntaxError", e.filename)
try:
    timeit.Timer(42)
except ValueError as e:
    print(e)
try:
    timeit.timeit("1/0", number=1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
timeit.main(["-n", "10", "-r", "1", "-s", "import math", "math.sqrt(2)"])
timeit.main(["-n3", "-r1", "-u", "msec", "pass"])
print(timeit.main(["-u", "weeks", "pass"]), timeit.main(["-x"]))

# CPython 3.11's output:
# expect: float True
# expect: 3 True
# expect: True True
# expect: True
# expect: True
# expect: 7
# expect: True True [1, 2, 5]
# expect: SyntaxError <timeit-src>
# expect: stmt is neither a string nor callable
# expect: ZeroDivisionError: division by zero
# expect re: 10 loops, best of 1: [0-9.e+-]+ [num]?sec per loop
# expect re: 3 loops, best of 1: [0-9.e+-]+ msec per loop
# expect: option -x not recognized
# expect: use -h/--help for command line help
# expect: 2 2
# expect stderr: Unrecognized unit. Please select nsec, usec, msec, or sec.
