# re.sub, subn and split: templates with group references, functions, counts, empty matches.
import re

print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, good day"))
print(re.sub(r"(?P<w>\w+)@", r"<\g<w>>\g<0>", "joe@x ann@y"))
print(re.sub(r"(\d)", r"\g<1>0", "a1b2"), re.sub("a", r"\n\t\\", "xax") == "x\n\t\\x")
print(re.sub(r"x*", "-", "abxd"), re.sub("", "-", "abc"))
print(re.subn(r"o", "0", "foo boo"), re.subn(r"o", "0", "foo boo", count=2), re.sub("o", "0", "foo", 1))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.sub(r"(a)|b", r"[\1]", "ab"))
print(re.sub("z", "y", "abc"), re.sub(r"-", r"\\-", "a-b"))
print(re.sub(r"(?i)HELLO", "bye", "Hello hello"))
def repl(m):
    return m.group(0).upper() if m.lastindex is None else m.group(1)
print(re.sub(r"[aeiou]", repl, "education"))
print(re.split(r"\W+", "Words, words, words."))
print(re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", 1))
print(re.split("[a-f]+", "0a3B9", flags=re.IGNORECASE))
print(re.split(r"(\W+)", "...words, words..."))
print(re.split(r"\b", "Words, words, words."))
print(re.split(r"\W*", "...words..."))
print(re.split(r"(\W*)", "...words..."))
print(re.split(r"x(y)?", "axbxyc"))
print(re.split(",", "a,b,c", maxsplit=-1), re.split(",", ""))
print(re.compile(r"(\d+)-(\d+)").sub(r"\2-\1", "10-20 30-40", count=1))
m = re.match(r"(?P<a>\w+) (?P<b>\w+)", "x y")
print(m.expand(r"\g<b> \1 \g<a>!"))
print(re.escape("a.b*c?d (e) [f] {g} \\ ^$|+ # ~ & - e-mail_1"))
print(re.escape(b"a.b"), re.sub(b"a+", b"-", b"baab"), re.findall(b"\\w", b"a b"))
print(re.match(b"(a)", b"abc"), re.split(b",", b"x,y"))
print(re.sub("a", lambda m: None, "bab"))
for bad in [lambda: re.sub("a", lambda m: 3, "a"), lambda: re.sub("(a)", r"\2", "a"),
            lambda: re.sub("a", r"\g<x>", "a"), lambda: re.sub("a", r"\q", "a"),
            lambda: re.match("a", b"a"), lambda: re.match(b"a", "a"), lambda: re.match("a", 3),
            lambda: re.match("(a)", "a").group(2), lambda: re.match("a", "a").group("x")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(re.sub("(a)", r"\g<2>", "a"))

# expect: world hello, day good
# expect: <joe>joe@x <ann>ann@y
# expect: a10b20 True
# expect: -a-b--d- -a-b-c-
# expect: ('f00 b00', 4) ('f00 boo', 2) f0o
# expect: a2 b44 c666
# expect: [a][]
# expect: abc a\-b
# expect: bye bye
# expect: EdUcAtIOn
# expect: ['Words', 'words', 'words', '']
# expect: ['Words', ', ', 'words', ', ', 'words', '.', '']
# expect: ['Words', 'words, words.']
# expect: ['0', '3', '9']
# expect: ['', '...', 'words', ', ', 'words', '...', '']
# expect: ['', 'Words', ', ', 'words', ', ', 'words', '.']
# expect: ['', '', 'w', 'o', 'r', 'd', 's', '', '']
# expect: ['', '...', '', '', 'w', '', 'o', '', 'r', '', 'd', '', 's', '...', '', '', '']
# expect: ['a', None, 'b', 'y', 'c']
# expect: ['a,b,c'] ['']
# expect: 20-10 30-40
# expect: y x x!
# expect: a\.b\*c\?d\ \(e\)\ \[f\]\ \{g\}\ \\\ \^\$\|\+\ \#\ \~\ \&\ \-\ e\-mail_1
# expect: b'a\\.b' b'b-b' [b'a', b'b']
# expect: <re.Match object; span=(0, 1), match=b'a'> [b'x', b'y']
# expect: bb
# expect: TypeError sequence item 0: expected str instance, int found
# expect: error invalid group reference 2 at position 1
# expect: IndexError unknown group name 'x'
# expect: error bad escape \q at position 0
# expect: TypeError cannot use a string pattern on a bytes-like object
# expect: TypeError cannot use a bytes pattern on a string-like object
# expect: TypeError expected string or bytes-like object, got 'int'
# expect: IndexError no such group
# expect: IndexError no such group
# expect error: re.error: invalid group reference 2 at position 3
