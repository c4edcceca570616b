# re: match, search, fullmatch, findall, finditer and Match objects, as CPython's.
import re

m = re.match(r"(\w+) (\w+)", "Isaac Newton, physicist")
print(m)
print(m.group(0), m.group(1), m.group(2), m.group(1, 2), m[0], m[2])
print(m.groups(), m.span(), m.span(1), m.start(2), m.end(2), m.lastindex, m.lastgroup)
print(m.string, m.re, m.pos, m.endpos)
print(re.match("b", "abc"), re.search("b", "abc"), re.fullmatch("a.c", "abc"), re.fullmatch("a", "ab"))

m = re.match(r"(?P<first>\w+) (?P<last>\w+)", "Malcolm Reynolds")
print(m.group("first"), m["last"], m.groupdict(), m.lastgroup, m.re.groupindex)
print(m.start("last"), m.span("first"))

m = re.match(r"(\d+)\.?(\d+)?", "24")
print(m.groups(), m.groups("0"), m.group(2), m.lastindex, m.span(2))
m = re.match(r"(?P<a>x)?(?P<b>y)", "y")
print(m.groupdict(), m.groupdict(default="-"))
print(re.match(r"((a)b)", "ab").lastindex, re.match(r"(a)(b)", "ab").lastindex, re.match(r"(a(b))", "ab").lastindex)
print(re.match("a", "a").lastindex)

print(re.findall(r"\d+", "12 drummers, 11 pipers, 10 lords"))
print(re.findall(r"(\w)=(\d)", "a=1 b=2 c=x"))
print(re.findall(r"(\w)=?", "a=b"))
print(re.findall(r"x*", "axbxxc"))
print(re.findall(r"\bf[a-z]*", "which foot or hand fell fastest"))
for m in re.finditer(r"\w+ly\b", "He was carefully disguised but captured quickly by police."):
    print("%02d-%02d: %s" % (m.start(), m.end(), m.group(0)))
it = re.finditer("a", "aXa")
print(type(it).__name__, [m.span() for m in it], list(it))

p = re.compile(r"d(o)g")
print(p, p.pattern, p.flags, p.groups, p.groupindex)
print(p.search("dog"), p.search("dog", 1), p.match("xdog", 1), p.fullmatch("xdogx", 1, 4))
print(p.search("adogb", 0, 3), p.findall("dog dog dog", 4), p.findall("dog dog dog", 4, 8))
print(re.compile("^a").search("ba", 1), re.compile("a$").search("ab", 0, 1))

print(re.search(r"(?<=-)\w+", "spam-egg").group(0), re.search(r"(?<!a)b", "abcb").start())
print(re.search(r"Isaac (?=Asimov)", "Isaac Asimov"), re.search(r"Isaac (?!Asimov)", "Isaac Asimov"))
print(re.match(r"(?P<q>['\"]).*?(?P=q)", "'hi' there").group(), re.match(r"(a)b\1", "aba").group())
print(re.match(r"(?:ab)+", "ababx").group(), re.match(r"a{2,3}", "aaaa").group(), re.match(r"a{,2}", "aaa").group())
print(re.match(r"a{2}?", "aaa").group(), re.match(r"a+?", "aaa").group(), re.match(r"a*+a", "aaa"))
print(re.match(r"x{}", "x{}").group(), re.match(r"a{1", "a{1").group(), re.match(r"\{\}", "{}").group())
print(re.match(r"[]a]+", "a]a]b").group(), re.match(r"[^]a]+", "bcd]").group(), re.match(r"[a\-z]+", "a-z-b").group())
print(re.match(r"[\w.-]+@[\w.-]+", "joe.doe-x@mail.example.org!").group())
print(re.findall(r"[\d\s]", "1 2x3"))
print(re.match(r"\x41\u0042\N{LATIN SMALL LETTER C}\101\0", "ABcA\0").group() == "ABcA\0")
print(re.findall(r"\w+", "héllo wörld ß 123 _x"), re.findall(r"\w+", "héllo wörld", re.ASCII))
print(re.findall(r"\d", "1٣"), re.findall(r"\s", "a b\tc\u00a0d"), re.findall(r"\S+", "a b"))
print(re.search(r"\Aab\Z", "ab"), re.search(r"ab\Z", "ab\n"), re.search(r"ab$", "ab\n"))
print(re.match(r".", "\n"), re.match(r".", "\r").group() == "\r")
print(repr(re.match("", "abc")), re.search("$", "abc").span())
print(bool(re.match("a", "a")))

# expect: <re.Match object; span=(0, 12), match='Isaac Newton'>
# expect: Isaac Newton Isaac Newton ('Isaac', 'Newton') Isaac Newton Newton
# expect: ('Isaac', 'Newton') (0, 12) (0, 5) 6 12 2 None
# expect: Isaac Newton, physicist re.compile('(\\w+) (\\w+)') 0 23
# expect: None <re.Match object; span=(1, 2), match='b'> <re.Match object; span=(0, 3), match='abc'> None
# expect: Malcolm Reynolds {'first': 'Malcolm', 'last': 'Reynolds'} last {'first': 1, 'last': 2}
# expect: 8 (0, 7)
# expect: ('24', None) ('24', '0') None 1 (-1, -1)
# expect: {'a': None, 'b': 'y'} {'a': '-', 'b': 'y'}
# expect: 1 2 1
# expect: None
# expect: ['12', '11', '10']
# expect: [('a', '1'), ('b', '2')]
# expect: ['a', 'b']
# expect: ['', 'x', '', 'xx', '', '']
# expect: ['foot', 'fell', 'fastest']
# expect: 07-16: carefully
# expect: 40-47: quickly
# expect: callable_iterator [(0, 1), (2, 3)] []
# expect: re.compile('d(o)g') d(o)g 32 1 {}
# expect: <re.Match object; span=(0, 3), match='dog'> None <re.Match object; span=(1, 4), match='dog'> <re.Match object; span=(1, 4), match='dog'>
# expect: None ['o', 'o'] ['o']
# expect: None <re.Match object; span=(0, 1), match='a'>
# expect: egg 3
# expect: <re.Match object; span=(0, 6), match='Isaac '> None
# expect: 'hi' aba
# expect: abab aaa aa
# expect: aa a None
# expect: x{} a{1 {}
# expect: a]a] bcd a-z-
# expect: joe.doe-x@mail.example.org
# expect: ['1', ' ', '2', '3']
# expect: True
# expect: ['héllo', 'wörld', 'ß', '123', '_x'] ['h', 'llo', 'w', 'rld']
# expect: ['1', '٣'] [' ', '\t', '\xa0'] ['a', 'b']
# expect: <re.Match object; span=(0, 2), match='ab'> None <re.Match object; span=(0, 2), match='ab'>
# expect: None True
# expect: <re.Match object; span=(0, 0), match=''> (3, 3)
# expect: True
