def deep(n):
    return deep(n + 1) + 1

try:
    deep(0)
except RecursionError as e:
    print("caught", type(e).__name__, isinstance(e, RuntimeError))  # expect: caught RecursionError True

def count(n):
    return 0 if n == 0 else 1 + count(n - 1)

print(count(500))  # expect: 500
