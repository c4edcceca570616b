"""Count words in a short text and print a small frequency report."""
import re
from collections import Counter

TEXT = """
It was a bright cold day in April, and the clocks were striking thirteen.
The hallway smelt of boiled cabbage and old rag mats. At one end of it a
coloured poster, too large for indoor display, had been tacked to the wall.
It depicted simply an enormous face, more than a metre wide: the face of a
man of about forty-five, with a heavy black moustache and ruggedly handsome
features. The clocks, the face, the hallway: all of it was old.
"""

STOP = {"a", "an", "the", "of", "and", "to", "it", "was", "at", "in", "had", "with", "for"}


def tokenize(text):
    return [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]*", text)]


def main():
    words = tokenize(TEXT)
    print("total words:", len(words))
    print("distinct words:", len(set(words)))
    counts = Counter(w for w in words if w not in STOP)
    print("top words:")
    for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
        print(f"  {word:<10} {n:>3} {'#' * n}")
    lengths = Counter(len(w) for w in words)
    longest = max(words, key=lambda w: (len(w), w))
    print("longest word:", longest, len(longest))
    print("length histogram:", dict(sorted(lengths.items())))
    sentences = [s.strip() for s in re.split(r"[.!?]", TEXT) if s.strip()]
    print("sentences:", len(sentences))
    for i, s in enumerate(sentences, 1):
        first = " ".join(s.split()[:4])
        print(f"  {i}. {first}... ({len(s.split())} words)")
    capitals = sorted({w for w in re.findall(r"\b[A-Z][a-z]+\b", TEXT)})
    print("capitalised:", ", ".join(capitals))
    hyphenated = [w for w in words if "-" in w]
    print("hyphenated:", hyphenated)
    vowels = Counter(c for c in TEXT.lower() if c in "aeiou")
    print("vowels:", " ".join(f"{v}={vowels[v]}" for v in "aeiou"))
    print("title case:", sentences[0][:30].title())
    print("acronym:", "".join(w[0].upper() for w in sentences[-1].split() if w.isalpha()))


if __name__ == "__main__":
    main()
