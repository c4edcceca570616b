import string

ALPHA = string.ascii_lowercase


def caesar(text, shift):
    table = str.maketrans(
        ALPHA + ALPHA.upper(),
        ALPHA[shift:] + ALPHA[:shift] + (ALPHA[shift:] + ALPHA[:shift]).upper(),
    )
    return text.translate(table)


def vigenere(text, key, decrypt=False):
    out = []
    ki = 0
    for ch in text:
        if ch.lower() in ALPHA:
            k = ALPHA.index(key[ki % len(key)].lower())
            if decrypt:
                k = -k
            base = ord("a") if ch.islower() else ord("A")
            out.append(chr((ord(ch) - base + k) % 26 + base))
            ki += 1
        else:
            out.append(ch)
    return "".join(out)


def atbash(text):
    return text.translate(str.maketrans(ALPHA, ALPHA[::-1]))


def rail_fence(text, rails):
    rows = [[] for _ in range(rails)]
    r, step = 0, 1
    for ch in text:
        rows[r].append(ch)
        if rails > 1:
            if r == 0:
                step = 1
            elif r == rails - 1:
                step = -1
            r += step
    return "".join("".join(row) for row in rows)


def crack_caesar(cipher):
    common = "etaoinshr"
    best = None
    for shift in range(26):
        cand = caesar(cipher, -shift % 26)
        score = sum(cand.lower().count(c) * (9 - i) for i, c in enumerate(common))
        if best is None or score > best[0]:
            best = (score, shift, cand)
    return best[1], best[2]


msg = "Attack at Dawn! Meet me by the old oak tree, near the river."
for s in (1, 3, 13, 25):
    enc = caesar(msg, s)
    print(f"caesar {s:2d}: {enc}")
    assert caesar(enc, 26 - s) == msg
v = vigenere(msg, "lemon")
print("vigenere:", v)
print("decrypted:", vigenere(v, "lemon", decrypt=True))
print("atbash:", atbash("wizard of oz"), "|", atbash(atbash("round trip")))
print("rail fence:", rail_fence("WEAREDISCOVEREDFLEEATONCE", 3))
print("crack:", crack_caesar(caesar("the secret meeting is at the east entrance", 7)))
print(string.ascii_uppercase, string.digits, string.punctuation[:10])
print(string.capwords("hello   wide world"))
tmpl = string.Template("Dear $name, your code is ${code}.")
print(tmpl.substitute(name="Ann", code=caesar("secret", 5)))
print(tmpl.safe_substitute(name="Bob"))
