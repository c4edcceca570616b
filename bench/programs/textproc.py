# String processing: builds a text, splits it into words, counts and ranks them, rewrites it with
# a cipher, formats a report; str methods, dicts of strings, joins, f-strings and slicing.

WORDS = ("the quick brown fox jumps over the lazy dog while seven wizards quietly judge "
         "boxing matches of jovial kings and their vexed queens").split()


def make_text(n):
    out = []
    seed = 7
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        w = WORDS[seed % len(WORDS)]
        if seed % 11 == 0:
            w = w.capitalize()
        out.append(w)
        if seed % 13 == 0:
            out.append(".")
    return " ".join(out)


def rot(text, k):
    table = {}
    for i in range(26):
        table[chr(97 + i)] = chr(97 + (i + k) % 26)
        table[chr(65 + i)] = chr(65 + (i + k) % 26)
    return "".join(table.get(ch, ch) for ch in text)


def frequencies(text):
    counts = {}
    for w in text.lower().replace(".", " ").split():
        counts[w] = counts.get(w, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def report(freq):
    lines = []
    for word, n in freq[:5]:
        lines.append(f"{word:>10} {n:6d} {'#' * (n // 2000)}")
    return "\n".join(lines)


text = make_text(200_000)
secret = rot(text, 13)
assert rot(secret, 13) == text
freq = frequencies(text)
print(len(text), len(freq))
print(report(freq))
sentences = [s.strip() for s in text.split(".") if s.strip()]
print(len(sentences), max(len(s) for s in sentences) > 10)
print("ok")  # expect: ok
