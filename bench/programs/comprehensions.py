# Comprehensions and generator expressions: list, dict and set comprehensions, sum over a generator.
def run(n):
    squares = [i * i for i in range(n)]
    odd = [x for x in squares if x % 2]
    index = {i: x for i, x in enumerate(odd[:50_000])}
    residues = {x % 1009 for x in squares}
    total = sum(x // 3 for x in squares)
    pairs = [(a, b) for a in range(300) for b in range(300) if (a + b) % 7 == 0]
    return len(odd), len(index), len(residues), total, len(pairs)


print(run(300_000))  # expect: (150000, 50000, 505, 2999984999950000, 12857)
