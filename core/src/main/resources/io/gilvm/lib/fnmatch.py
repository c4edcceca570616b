"""fnmatch: shell-style wildcards (* ? [seq] [!seq]) matched against names."""

import re
import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}


def fnmatch(name, pat):
    name = posixpath.normcase(name)
    pat = posixpath.normcase(pat)
    return fnmatchcase(name, pat)


def _compile(pat):
    p = _cache.get(pat)
    if p is None:
        if isinstance(pat, bytes):
            res = translate(pat.decode("latin-1")).encode("latin-1")
        else:
            res = translate(pat)
        p = re.compile(res)
        if len(_cache) > 256:
            _cache.clear()
        _cache[pat] = p
    return p


def filter(names, pat):
    match = _compile(posixpath.normcase(pat)).match
    return [name for name in names if match(posixpath.normcase(name))]


def fnmatchcase(name, pat):
    return _compile(pat).match(name) is not None


def translate(pat):
    """The regular expression, as a string, that matches what the wildcard pattern does."""
    out = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not out or out[-1] != ".*":
                out.append(".*")
        elif c == "?":
            out.append(".")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                out.append("\\[")
            else:
                stuff = pat[i:j]
                if "-" not in stuff:
                    stuff = stuff.replace("\\", r"\\")
                else:
                    chunks = []
                    k = i + 2 if pat[i] == "!" else i + 1
                    start = i
                    while True:
                        k = pat.find("-", k, j)
                        if k < 0:
                            break
                        chunks.append(pat[start:k])
                        start = k + 1
                        k = k + 3
                    chunk = pat[start:j]
                    if chunk:
                        chunks.append(chunk)
                    else:
                        chunks[-1] += "-"
                    for k in range(len(chunks) - 1, 0, -1):
                        if chunks[k - 1][-1] > chunks[k][0]:
                            chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                            del chunks[k]
                    stuff = "-".join(s.replace("\\", r"\\").replace("-", r"\-") for s in chunks)
                stuff = re.sub(r"([&~|])", r"\\\1", stuff)
                i = j + 1
                if not stuff:
                    out.append("(?!)")
                elif stuff == "!":
                    out.append(".")
                else:
                    if stuff[0] == "!":
                        stuff = "^" + stuff[1:]
                    elif stuff[0] in ("^", "["):
                        stuff = "\\" + stuff
                    out.append("[%s]" % stuff)
        else:
            out.append(re.escape(c))
    return "(?s:%s)\\Z" % "".join(out)
