squares = [x * x for x in range(10)]
evens = [x for x in squares if x % 2 == 0]
pairs = [(x, y) for x in range(3) for y in range(3) if x != y]
print(squares, evens, pairs, sep="\n")
matrix = [[r * 4 + c for c in range(4)] for r in range(3)]
print(matrix)
print([v for row in matrix for v in row if v % 3 == 0])
print([[row[c] for row in matrix] for c in range(4)])
labels = ["even" if n % 2 == 0 else "odd" for n in range(6)]
print(labels)
word_lengths = {w: len(w) for w in "alpha beta gamma delta epsilon".split()}
print(word_lengths)
inverted = {v: k for k, v in word_lengths.items()}
print(inverted)
print({n % 5 for n in range(20)}, {c for c in "hello" if c != "l"} == {"h", "e", "o"})
gen = (x ** 3 for x in range(1, 6))
print(sum(gen), list(x for x in "abc"))
nested = [[1, 2, [3]], [4, [5, 6]], 7]


def flat(xs):
    return [y for x in xs for y in (flat(x) if isinstance(x, list) else [x])]


print(flat(nested))
primes = [n for n in range(2, 60) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
grid = [["#" if (r + c) % 3 == 0 else "." for c in range(12)] for r in range(4)]
print("\n".join("".join(row) for row in grid))
counts = {ch: sum(1 for c in "abracadabra" if c == ch) for ch in sorted(set("abracadabra"))}
print(counts)
funcs = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in funcs])
x = "outer"
result = [x for x in range(3)]
print(result, x)
print([i for i in range(20) if i % 2 if i % 3], [(i, j) for i in range(3) for j in range(i)])
names = ["Ann", "bob", "Cy", "dee"]
print(sorted(names), sorted(names, key=str.lower), [n.upper() for n in names if n[0].islower()])
print(dict(sorted({"b": 2, "a": 1, "c": 3}.items(), key=lambda kv: -kv[1])))
table = [dict(name=n, score=s) for n, s in zip(names, [88, 92, 75, 92])]
best = max(t["score"] for t in table)
print([t["name"] for t in table if t["score"] == best], sum(t["score"] for t in table) / len(table))
