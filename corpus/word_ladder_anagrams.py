from collections import defaultdict, deque

WORDS = """cold cord card ward warm word worm wore core care dare dart cart wart
bold bolt boat coat cost most mist mast cast case came game gate late lake
make male mile mild wild wile tile time tame same sale pale pole hole hold""".split()


def neighbors_index(words):
    buckets = defaultdict(list)
    for w in words:
        for i in range(len(w)):
            buckets[w[:i] + "_" + w[i + 1:]].append(w)
    return buckets


def ladder(start, goal, words):
    buckets = neighbors_index(words)
    prev = {start: None}
    q = deque([start])
    while q:
        w = q.popleft()
        if w == goal:
            path = []
            while w:
                path.append(w)
                w = prev[w]
            return path[::-1]
        for i in range(len(w)):
            for nxt in sorted(buckets[w[:i] + "_" + w[i + 1:]]):
                if nxt not in prev:
                    prev[nxt] = w
                    q.append(nxt)
    return None


for a, b in [("cold", "warm"), ("bold", "cast"), ("came", "hold"), ("lake", "wild"), ("cold", "zzzz")]:
    path = ladder(a, b, WORDS + ["zzzz"])
    print(f"{a} -> {b}:", " > ".join(path) if path else "no ladder")

TEXT = """listen silent enlist inlets tinsel google banana stone tones notes onset
seton evil vile live veil levi angel glean angle cat act tac dog god night thing"""
groups = defaultdict(list)
for w in TEXT.split():
    groups["".join(sorted(w))].append(w)
multi = sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: (-len(g), g[0]))
for g in multi:
    print(f"{len(g)}: {' '.join(g)}")
print("singletons:", sorted(g[0] for g in groups.values() if len(g) == 1))


def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]


for s in ["A man, a plan, a canal: Panama", "No lemon, no melon", "Hello", "Was it a car or a cat I saw?", ""]:
    print(f"{s!r}: {is_palindrome(s)}")


def longest_palindrome(s):
    best = ""
    for center in range(2 * len(s) - 1):
        lo, hi = center // 2, center // 2 + center % 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > len(best):
            best = s[lo + 1:hi]
    return best


print([longest_palindrome(s) for s in ["babad", "forgeeksskeegfor", "abacdfgdcaba", "x"]])
