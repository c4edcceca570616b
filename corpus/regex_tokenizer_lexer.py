import re
from collections import Counter, namedtuple

Token = namedtuple("Token", "type value line column")

TOKEN_SPEC = [
    ("NUMBER",   r"\d+(?:\.\d*)?(?:[eE][-+]?\d+)?"),
    ("STRING",   r'"(?:\\.|[^"\\])*"'),
    ("ASSIGN",   r":="),
    ("END",      r";"),
    ("ID",       r"[A-Za-z_]\w*"),
    ("OP",       r"[+\-*/<>=!]=?|&&|\|\|"),
    ("PAREN",    r"[(){}]"),
    ("COMMENT",  r"//[^\n]*"),
    ("NEWLINE",  r"\n"),
    ("SKIP",     r"[ \t]+"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join(f"(?P<{name}>{pat})" for name, pat in TOKEN_SPEC))
KEYWORDS = {"if", "then", "else", "end", "while", "do", "print", "let"}


class LexError(Exception):
    pass


def tokenize(code):
    line, line_start = 1, 0
    for m in MASTER.finditer(code):
        kind = m.lastgroup
        value = m.group()
        column = m.start() - line_start
        if kind == "NUMBER":
            value = float(value) if any(c in value for c in ".eE") else int(value)
        elif kind == "ID" and value in KEYWORDS:
            kind = value.upper()
        elif kind == "STRING":
            value = re.sub(r"\\(.)", lambda mm: {"n": "\n", "t": "\t"}.get(mm.group(1), mm.group(1)), value[1:-1])
        elif kind == "NEWLINE":
            line_start = m.end()
            line += 1
            continue
        elif kind in ("SKIP", "COMMENT"):
            continue
        elif kind == "MISMATCH":
            raise LexError(f"{value!r} unexpected on line {line} col {column}")
        yield Token(kind, value, line, column)


PROGRAM = r'''
let total := 0;   // running sum
let i := 1;
while i <= 10 do
    if i != 5 && i >= 2 then total := total + i * 2.5e0; end
    i := i + 1;
end
print "total:\t" total;
print "quote \"inside\" ok";
'''

tokens = list(tokenize(PROGRAM))
for tok in tokens[:12]:
    print(tok)
print("...", len(tokens), "tokens")
counts = Counter(t.type for t in tokens)
for kind, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{kind:<8}{n:>3}")
print([t.value for t in tokens if t.type == "STRING"])
print(max(tokens, key=lambda t: t.column))

for bad in ["let x := 3 @ 4;", 'print "ok";\nlet y := #;']:
    try:
        list(tokenize(bad))
    except LexError as e:
        print("LexError:", e)

# other everyday re uses
log = """2024-03-01 12:00:01 INFO  user=alice action=login ip=10.0.0.5
2024-03-01 12:03:17 WARN  user=bob action=failed_login ip=10.0.0.9
2024-03-01 12:04:55 ERROR user=bob action=locked ip=10.0.0.9
2024-03-02 08:15:00 INFO  user=carol action=login ip=192.168.1.20"""

LINE = re.compile(r"""
    (?P<date>\d{4}-\d{2}-\d{2})\s+
    (?P<time>[\d:]{8})\s+
    (?P<level>[A-Z]+)\s+
    (?P<rest>.*)
""", re.VERBOSE)
for m in LINE.finditer(log):
    fields = dict(re.findall(r"(\w+)=(\S+)", m["rest"]))
    print(m.group("date", "level"), fields["user"], fields.get("action"), m.span("level"))

print(re.split(r"[,;]\s*", "a, b;c,d ;  e"))
print(re.sub(r"(\d+)", lambda m: str(int(m.group(1)) * 2), "3 apples and 12 pears"))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "Ada Lovelace"))
print(re.fullmatch(r"[a-z]+\d*", "abc123") is not None, re.fullmatch(r"[a-z]+\d*", "123abc"))
print(re.findall(r"\b[A-Z]{2,}\b", "The NASA and ESA teams met at CERN, not at Mit."))
pat = re.compile(r"(\w+)@(\w+)\.com", re.IGNORECASE)
print(pat.findall("Mail ANN@EXAMPLE.com or bob@test.COM today"))
print(pat.sub(r"<\1 at \2>", "write to ann@example.com"))
print(re.escape("1+1=2?"), re.subn(r"o", "0", "foo boo"))
m = re.search(r"(?<=\$)(\d+)(?:\.(\d\d))?", "price: $42.50 now")
print(m.groups(), m.group(0), m.start(), m.end(), m.lastindex)
print(re.match(r"(a)(b)?", "ac").groups(default="-"))
