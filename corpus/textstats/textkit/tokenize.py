import re

_WORD = re.compile(r"[A-Za-z']+")
_SENT = re.compile(r"(?<=[.!?])\s+")


def words(text, lower=True):
    found = _WORD.findall(text)
    return [w.lower() for w in found] if lower else found


def sentences(text):
    return [s.strip() for s in _SENT.split(text.strip()) if s.strip()]


def syllables(word):
    word = word.lower().strip("'")
    groups = re.findall(r"[aeiouy]+", word)
    n = len(groups)
    if word.endswith("e") and n > 1 and not word.endswith("le"):
        n -= 1
    return max(n, 1)
