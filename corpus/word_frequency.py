import re
from collections import Counter

TEXT = """
The ferry left the harbour at seven, and the gulls followed it out past the breakwater.
Most of the passengers stayed below, where the coffee was warm and the windows were
fogged; a few stood at the rail and watched the town shrink to a row of coloured roofs.
The engine thumped steadily. A child counted the buoys aloud, losing track at nineteen,
then starting again from one. Out on the open water the wind rose, and the ferry leaned
into it, and the gulls gave up and turned back toward the harbour and the fish market.
"""

STOP = {"the", "a", "and", "of", "it", "was", "to", "in", "with", "at", "on", "are", "so", "that", "you", "had", "been", "from", "which", "those", "when", "about", "more", "than", "too", "for"}

words = re.findall(r"[a-z]+(?:-[a-z]+)*", TEXT.lower())
print("total words:", len(words))
print("unique words:", len(set(words)))
counts = Counter(words)
print("top 10 overall:")
for w, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]:
    print(f"  {w:<10} {n:3d} {'*' * n}")

content = Counter(w for w in words if w not in STOP)
print("top content words:")
for w, n in sorted(content.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f"  {w:<12}{n}")

by_len = {}
for w in sorted(set(words)):
    by_len.setdefault(len(w), []).append(w)
for length in sorted(by_len):
    ws = by_len[length]
    print(f"len {length:2d}: {len(ws):2d} e.g. {', '.join(ws[:4])}")

sentences = [s.strip() for s in re.split(r"[.!?]", TEXT) if s.strip()]
print("sentences:", len(sentences))
for s in sentences:
    n = len(s.split())
    print(f"  {n:2d} words: {s[:40].replace(chr(10), ' ')}...")
letters = Counter(ch for ch in TEXT.lower() if ch.isalpha())
print("letters:", "".join(ch for ch, _ in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))))
hyph = sorted(w for w in set(words) if "-" in w)
print("hyphenated:", hyph)
