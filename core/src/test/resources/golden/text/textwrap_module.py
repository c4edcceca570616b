# textwrap: wrap and fill (hyphens, long words, indents, max_lines), shorten, dedent, indent.
import textwrap
s = "The quick brown fox jumps over the lazy dog. A well-known sentence, used to test type-faces and keyboards -- and text-wrapping code! Supercalifragilisticexpialidocious words get broken."
for w in (10, 20, 33, 50):
    print(textwrap.wrap(s, w))
print(textwrap.fill(s, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(s, 15, break_long_words=False))
print(textwrap.wrap(s, 15, break_on_hyphens=False))
print(textwrap.wrap("a\tb  c\nd", 5), textwrap.wrap("   lead  trail   ", 6), textwrap.wrap("", 5))
print(textwrap.wrap("one two three four five six", 10, max_lines=2))
print(textwrap.shorten("Hello  world!  How are you?", 12), textwrap.shorten("Hello world", 11), textwrap.shorten("Hello  world", 20, placeholder="..."))
print(textwrap.wrap(s, 25, fix_sentence_endings=True)[:3])
print(repr(textwrap.dedent("    a\n      b\n\n    c\n  ")), repr(textwrap.dedent("\ta\n\t\tb")), repr(textwrap.dedent("  a\n b")))
print(repr(textwrap.indent("a\n\nb\n", "> ")), repr(textwrap.indent("a\n\nb", "+", lambda l: True)))
print(textwrap.wrap("aaaa-bbbb-cccc-dddd", 7), textwrap.wrap("x" * 25, 10), textwrap.wrap("well-known e-mail addresses", 8))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print(e)
print(textwrap.wrap("This is a looooooooooooooong-hyphenated thing with high-level, self-explanatory re-use of state-of-the-art x-ray", 12))
print(textwrap.wrap("Numbers 123-456 and a--b, dash -- dash---x and -leading", 9))

# expect: ['The quick', 'brown fox', 'jumps over', 'the lazy', 'dog. A', 'well-known', 'sentence,', 'used to', 'test type-', 'faces and', 'keyboards', '-- and', 'text-', 'wrapping', 'code! Supe', 'rcalifragi', 'listicexpi', 'alidocious', 'words get', 'broken.']
# expect: ['The quick brown fox', 'jumps over the lazy', 'dog. A well-known', 'sentence, used to', 'test type-faces and', 'keyboards -- and', 'text-wrapping code! ', 'Supercalifragilistic', 'expialidocious words', 'get broken.']
# expect: ['The quick brown fox jumps over', 'the lazy dog. A well-known', 'sentence, used to test type-faces', 'and keyboards -- and text-', 'wrapping code! Supercalifragilist', 'icexpialidocious words get', 'broken.']
# expect: ['The quick brown fox jumps over the lazy dog. A', 'well-known sentence, used to test type-faces and', 'keyboards -- and text-wrapping code!', 'Supercalifragilisticexpialidocious words get', 'broken.']
# expect: * The quick brown fox jumps
# expect:   over the lazy dog. A well-
# expect:   known sentence, used to test
# expect:   type-faces and keyboards --
# expect:   and text-wrapping code! Supe
# expect:   rcalifragilisticexpialidocio
# expect:   us words get broken.
# expect: ['The quick brown', 'fox jumps over', 'the lazy dog. A', 'well-known', 'sentence, used', 'to test type-', 'faces and', 'keyboards --', 'and text-', 'wrapping code!', 'Supercalifragilisticexpialidocious', 'words get', 'broken.']
# expect: ['The quick brown', 'fox jumps over', 'the lazy dog. A', 'well-known', 'sentence, used', 'to test', 'type-faces and', 'keyboards --', 'and', 'text-wrapping', 'code! Supercali', 'fragilisticexpi', 'alidocious', 'words get', 'broken.']
# expect: ['a', 'b  c', 'd'] ['lead', 'trail'] []
# expect: ['one two', '[...]']
# expect: Hello [...] Hello world Hello world
# expect: ['The quick brown fox jumps', 'over the lazy dog.  A', 'well-known sentence, used']
# expect: 'a\n  b\n\nc\n' 'a\n\tb' ' a\nb'
# expect: '> a\n\n> b\n' '+a\n+\n+b'
# expect: ['aaaa-', 'bbbb-', 'cccc-', 'dddd'] ['xxxxxxxxxx', 'xxxxxxxxxx', 'xxxxx'] ['well-', 'known', 'e-mail a', 'ddresses']
# expect: invalid width 0 (must be > 0)
# expect: ['This is a lo', 'oooooooooooo', 'oong-', 'hyphenated', 'thing with', 'high-level,', 'self-', 'explanatory', 're-use of', 'state-of-', 'the-art', 'x-ray']
# expect: ['Numbers', '123-456', 'and a--b,', 'dash --', 'dash---x', 'and', '-leading']
