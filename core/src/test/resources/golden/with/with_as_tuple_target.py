class Pair:
    def __enter__(self):
        return (1, 2)

    def __exit__(self, *a):
        return None

with Pair() as (a, b):
    print(a + b)  # expect: 3
with Pair() as p:
    pass
print(p)  # expect: (1, 2)
try:
    with 42:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__)  # expect: TypeError
