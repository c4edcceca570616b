import heapq
from collections import Counter
from itertools import groupby


def rle_encode(s):
    return "".join(f"{len(list(g))}{ch}" for ch, g in groupby(s))


def rle_decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)


def huffman_codes(text):
    freq = Counter(text)
    heap = [(n, i, ch) for i, (ch, n) in enumerate(sorted(freq.items()))]
    heapq.heapify(heap)
    counter = len(heap)
    if len(heap) == 1:
        return {heap[0][2]: "0"}
    while len(heap) > 1:
        n1, _, a = heapq.heappop(heap)
        n2, _, b = heapq.heappop(heap)
        heapq.heappush(heap, (n1 + n2, counter, (a, b)))
        counter += 1
    codes = {}

    def walk(node, prefix):
        if isinstance(node, tuple):
            walk(node[0], prefix + "0")
            walk(node[1], prefix + "1")
        else:
            codes[node] = prefix
    walk(heap[0][2], "")
    return codes


def encode(text, codes):
    return "".join(codes[c] for c in text)


def decode(bits, codes):
    rev = {v: k for k, v in codes.items()}
    out, cur = [], ""
    for b in bits:
        cur += b
        if cur in rev:
            out.append(rev[cur])
            cur = ""
    return "".join(out)


for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aaabccddddd", ""]:
    e = rle_encode(s)
    print(f"{s[:20]!r:24} -> {e!r} ok={rle_decode(e) == s}")

text = "this is an example of a huffman tree built from a short sentence"
codes = huffman_codes(text)
for ch, code in sorted(codes.items(), key=lambda kv: (len(kv[1]), kv[1])):
    print(f"{ch!r}: {code}")
bits = encode(text, codes)
print("bits:", len(bits), "vs", 8 * len(text), f"ratio {len(bits) / (8 * len(text)):.3f}")
print("prefix:", bits[:64])
print("roundtrip:", decode(bits, codes) == text)
print(huffman_codes("aaaa"))
print([(k, len(list(g))) for k, g in groupby(sorted("mississippi"))])
