# Characters outside the Basic Multilingual Plane count as one, as in CPython.
s = "a😀b🎉"
print(len(s), len("😀"), s[1], s[-1], s[1:3], s[::-1], s[::2])
print([c for c in s], list(reversed(s)))
print(repr(s), ascii("😀") if False else repr("😀"), ord("😀"), chr(128512) == "😀")
d = {"😀": 1}
try:
    d["🎉"]
except KeyError as e:
    print("KeyError", e)
print("😀" in s, s.upper(), s + "x", len(s * 3))
try:
    s[4]
except IndexError as e:
    print(e)
print(len("plain ascii"), "plain ascii"[3:8])
# expect: 4 1 😀 🎉 😀b 🎉b😀a ab
# expect: ['a', '😀', 'b', '🎉'] ['🎉', 'b', '😀', 'a']
# expect: 'a😀b🎉' '😀' 128512 True
# expect: KeyError '🎉'
# expect: True A😀B🎉 a😀b🎉x 12
# expect: string index out of range
# expect: 11 in as
