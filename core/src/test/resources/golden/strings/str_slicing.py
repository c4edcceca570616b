s = "abcdefgh"
print(s[2:5], s[:3], s[5:], s[-3:], s[:-3])  # expect: cde abc fgh fgh abcde
print(s[::2], s[1::2], s[::-1], s[::-3])  # expect: aceg bdfh hgfedcba heb
print(s[6:2:-1], s[100:], repr(s[5:2]), s[-100:2])  # expect: gfed  '' ab
print(s[0], s[-1], s[len(s) - 1])  # expect: a h h
print(s[1:7:2], s[-1:-5:-2])  # expect: bdf hf
