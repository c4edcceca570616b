import threading

def square_range(lo, hi, out, idx):
    out[idx] = [n * n for n in range(lo, hi)]

chunks = [(0, 3), (3, 6), (6, 9)]
out = [None] * len(chunks)
ts = [threading.Thread(target=square_range, args=(lo, hi, out, i)) for i, (lo, hi) in enumerate(chunks)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(out)  # expect: [[0, 1, 4], [9, 16, 25], [36, 49, 64]]
print(sum(sum(c) for c in out))  # expect: 204
