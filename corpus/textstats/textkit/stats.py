from collections import Counter

from . import tokenize as tok


def summarize(text):
    ws = tok.words(text)
    ss = tok.sentences(text)
    syl = sum(tok.syllables(w) for w in ws)
    flesch = 206.835 - 1.015 * (len(ws) / len(ss)) - 84.6 * (syl / len(ws))
    return {
        "words": len(ws),
        "sentences": len(ss),
        "syllables": syl,
        "unique": len(set(ws)),
        "flesch": round(flesch, 1),
        "top": sorted(Counter(ws).items(), key=lambda kv: (-kv[1], kv[0]))[:5],
    }
