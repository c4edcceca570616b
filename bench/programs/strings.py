# String building: f-strings, join, concatenation, methods on str.
def build(n):
    parts = []
    for i in range(n):
        parts.append(f"{i}:{i * 2:>6}")
    s = ",".join(parts)
    return len(s)


def concat(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
    return len(s), s.count("7")


def words(n):
    text = " ".join(["alpha", "beta", "gamma", "delta"] * n)
    upper = 0
    for w in text.split():
        if w.startswith("g") or w.endswith("a"):
            upper += len(w.upper())
    return upper


print(build(150_000))  # expect: 1988889
print(concat(200_000))  # expect: (200000, 20000)
print(words(50_000))  # expect: 950000
