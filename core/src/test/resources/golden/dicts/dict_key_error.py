counts = {"apple": 3}
print(counts["apple"])  # expect: 3
try:
    counts[("t", 1)]
except KeyError as e:
    print("missing", e)  # expect: missing ('t', 1)
print(counts["pear"])
# expect error: KeyError: 'pear'
