# re.error for bad patterns: CPython's messages, positions, lineno and colno.
import re

for p in ["(a", "a)", "[a", "*a", "a**", r"\q", r"(a)\2", "(?P<1>a)", "(?P<a>x)(?P<a>y)",
          "(?P=b)", "a{2,1}", "(?i", "(?z)", "a(?i)b", "[z-a]", r"[\A]", "a|*", "(?P<a",
          "(?Px)", r"\x4", r"\u12", "^*", r"\b+", "(?#abc", "ab\n(c", "a??+"[:3], "(?<x)"]:
    try:
        re.compile(p)
        print(repr(p), "ok")
    except re.error as e:
        print(repr(p), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
print(issubclass(re.error, Exception))
print(re.compile(r"""
    (\d+)   # digits
    \s*     # space
    ([a-z]+)  # word
""", re.VERBOSE).match("42 abc").groups())
print(re.match(r"(?x) a [ ] b", "a b"), re.match(r"(?x)a\ b", "a b"))
print(re.compile("a", re.I | re.M), re.compile("(?s)a").flags, re.compile("a", re.A).flags, re.compile(b"a", re.I))
print(re.compile("a", re.X | re.S), re.compile("a").flags, re.I | re.M == 10)
print(re.match("(?i)straße", "STRASSE"), re.match("(?i)é", "É"), re.match("é", "É", re.I | re.A))
print(re.findall("(?m)^\\w", "ab\ncd\nef"), re.findall("^\\w", "ab\ncd"), re.findall("(?s).", "a\nb"))
print(re.match("(?i:A)b", "ab"), re.match("(?i:A)b", "aB"), re.match("a(?-i:b)", "Ab", re.I))
print(re.compile("a") is re.compile("a"), re.compile("a") == re.compile("a"))
try:
    re.compile(re.compile("a"), re.I)
except ValueError as e:
    print(e)
re.compile("(abc")

# expect: '(a' | missing ), unterminated subpattern at position 0 | missing ), unterminated subpattern 0 1 1 True
# expect: 'a)' | unbalanced parenthesis at position 1 | unbalanced parenthesis 1 1 2 True
# expect: '[a' | unterminated character set at position 0 | unterminated character set 0 1 1 True
# expect: '*a' | nothing to repeat at position 0 | nothing to repeat 0 1 1 True
# expect: 'a**' | multiple repeat at position 2 | multiple repeat 2 1 3 True
# expect: '\\q' | bad escape \q at position 0 | bad escape \q 0 1 1 True
# expect: '(a)\\2' | invalid group reference 2 at position 4 | invalid group reference 2 4 1 5 True
# expect: '(?P<1>a)' | bad character in group name '1' at position 4 | bad character in group name '1' 4 1 5 True
# expect: '(?P<a>x)(?P<a>y)' | redefinition of group name 'a' as group 2; was group 1 at position 12 | redefinition of group name 'a' as group 2; was group 1 12 1 13 True
# expect: '(?P=b)' | unknown group name 'b' at position 4 | unknown group name 'b' 4 1 5 True
# expect: 'a{2,1}' | min repeat greater than max repeat at position 2 | min repeat greater than max repeat 2 1 3 True
# expect: '(?i' | missing -, : or ) at position 3 | missing -, : or ) 3 1 4 True
# expect: '(?z)' | unknown extension ?z at position 1 | unknown extension ?z 1 1 2 True
# expect: 'a(?i)b' | global flags not at the start of the expression at position 1 | global flags not at the start of the expression 1 1 2 True
# expect: '[z-a]' | bad character range z-a at position 1 | bad character range z-a 1 1 2 True
# expect: '[\\A]' | bad escape \A at position 1 | bad escape \A 1 1 2 True
# expect: 'a|*' | nothing to repeat at position 2 | nothing to repeat 2 1 3 True
# expect: '(?P<a' | missing >, unterminated name at position 4 | missing >, unterminated name 4 1 5 True
# expect: '(?Px)' | unknown extension ?Px at position 1 | unknown extension ?Px 1 1 2 True
# expect: '\\x4' | incomplete escape \x4 at position 0 | incomplete escape \x4 0 1 1 True
# expect: '\\u12' | incomplete escape \u12 at position 0 | incomplete escape \u12 0 1 1 True
# expect: '^*' | nothing to repeat at position 1 | nothing to repeat 1 1 2 True
# expect: '\\b+' | nothing to repeat at position 2 | nothing to repeat 2 1 3 True
# expect: '(?#abc' | missing ), unterminated comment at position 0 | missing ), unterminated comment 0 1 1 True
# expect: 'ab\n(c' | missing ), unterminated subpattern at position 3 (line 2, column 1) | missing ), unterminated subpattern 3 2 1 True
# expect: 'a??' ok
# expect: '(?<x)' | unknown extension ?<x at position 1 | unknown extension ?<x 1 1 2 True
# expect: True
# expect: ('42', 'abc')
# expect: <re.Match object; span=(0, 3), match='a b'> <re.Match object; span=(0, 3), match='a b'>
# expect: re.compile('a', re.IGNORECASE|re.MULTILINE) 48 256 re.compile(b'a', re.IGNORECASE)
# expect: re.compile('a', re.DOTALL|re.VERBOSE) 32 True
# expect: None <re.Match object; span=(0, 1), match='É'> None
# expect: ['a', 'c', 'e'] ['a'] ['a', '\n', 'b']
# expect: <re.Match object; span=(0, 2), match='ab'> None <re.Match object; span=(0, 2), match='Ab'>
# expect: True True
# expect: cannot process flags argument with a compiled pattern
# expect error: re.error: missing ), unterminated subpattern at position 0
