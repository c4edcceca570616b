"""json.decoder: JSONDecoder and JSONDecodeError (the parsing is in _json)."""

import _json

__all__ = ["JSONDecoder", "JSONDecodeError"]


class JSONDecodeError(ValueError):
    """Text that is not JSON: msg, the document, and where (pos, lineno, colno)."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(self, "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


class JSONDecoder:
    """Decodes JSON text; the hooks turn objects, numbers and constants into other values."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def _run(self, s, idx, whole):
        if not isinstance(s, str):
            raise TypeError("the JSON object must be str, bytes or bytearray, not "
                            + type(s).__name__)
        return _json.decode(s, JSONDecodeError, self.object_hook, self.object_pairs_hook,
                            self.parse_float, self.parse_int, self.parse_constant, self.strict,
                            idx, whole)

    def decode(self, s):
        return self._run(s, 0, True)

    def raw_decode(self, s, idx=0):
        return self._run(s, idx, False)
