class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos


class Parser:
    ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}

    def __init__(self, text):
        self.s = text
        self.i = 0

    def parse(self):
        v = self.value()
        self.ws()
        if self.i != len(self.s):
            raise ParseError("extra data", self.i)
        return v

    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \t\r\n":
            self.i += 1

    def value(self):
        self.ws()
        if self.i >= len(self.s):
            raise ParseError("unexpected end", self.i)
        ch = self.s[self.i]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        for lit, val in (("true", True), ("false", False), ("null", None)):
            if self.s.startswith(lit, self.i):
                self.i += len(lit)
                return val
        if ch == "-" or ch.isdigit():
            return self.number()
        raise ParseError(f"unexpected {ch!r}", self.i)

    def obj(self):
        self.i += 1
        out = {}
        self.ws()
        if self.s[self.i] == "}":
            self.i += 1
            return out
        while True:
            self.ws()
            if self.s[self.i] != '"':
                raise ParseError("expected key", self.i)
            k = self.string()
            self.ws()
            if self.s[self.i] != ":":
                raise ParseError("expected ':'", self.i)
            self.i += 1
            out[k] = self.value()
            self.ws()
            if self.s[self.i] == ",":
                self.i += 1
            elif self.s[self.i] == "}":
                self.i += 1
                return out
            else:
                raise ParseError("expected ',' or '}'", self.i)

    def arr(self):
        self.i += 1
        out = []
        self.ws()
        if self.s[self.i] == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            self.ws()
            c = self.s[self.i]
            self.i += 1
            if c == "]":
                return out
            if c != ",":
                raise ParseError("expected ',' or ']'", self.i - 1)

    def string(self):
        self.i += 1
        buf = []
        while True:
            if self.i >= len(self.s):
                raise ParseError("unterminated string", self.i)
            c = self.s[self.i]
            if c == '"':
                self.i += 1
                return "".join(buf)
            if c == "\\":
                e = self.s[self.i + 1]
                if e == "u":
                    buf.append(chr(int(self.s[self.i + 2:self.i + 6], 16)))
                    self.i += 6
                    continue
                buf.append(self.ESCAPES[e])
                self.i += 2
                continue
            buf.append(c)
            self.i += 1

    def number(self):
        start = self.i
        if self.s[self.i] == "-":
            self.i += 1
        while self.i < len(self.s) and (self.s[self.i].isdigit() or self.s[self.i] in ".eE+-"):
            self.i += 1
        text = self.s[start:self.i]
        return float(text) if any(c in text for c in ".eE") else int(text)


def dump(v, indent=0):
    pad = "  " * indent
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = [f'{pad}  "{k}": {dump(x, indent + 1)}' for k, x in v.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(v, list):
        return "[" + ", ".join(dump(x, indent) for x in v) + "]"
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if v is True:
        return "true"
    if v is False:
        return "false"
    if v is None:
        return "null"
    return repr(v)


DOC = '''{"name": "gilvm", "version": [3, 11, 0], "stable": false, "ratio": -1.5e-3,
 "tags": ["jvm", "python", "\\u00e9t\\u00e9"], "nested": {"empty": {}, "list": [], "esc": "a\\"b\\nc"},
 "count": 42, "none": null}'''
data = Parser(DOC).parse()
print(data)
print(dump(data))
print(Parser(dump(data)).parse() == data)
for bad in ['{"a" 1}', "[1, 2", '"open', "[1,]", "{} x", "tru", "", '{"a": [1, 2}']:
    try:
        Parser(bad).parse()
        print(repr(bad), "parsed?!")
    except (ParseError, IndexError) as e:
        print(f"{bad!r:14} -> {type(e).__name__}: {e}")
