# Recursion: a function call and return per step, frames made and freed.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(27))  # expect: 196418
