"""_codecs: encode and decode by codec name (what protocol 0-2 pickles of bytes refer to)."""


def encode(obj, encoding="utf-8", errors="strict"):
    return obj.encode(encoding, errors)


def decode(obj, encoding="utf-8", errors="strict"):
    return obj.decode(encoding, errors)
