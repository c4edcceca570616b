# string: constants, capwords, Template (with a custom delimiter and its errors), Formatter.
import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords("hello   wORLD  again"), string.capwords("a-b c-d", "-"))
t = string.Template("$who likes ${what}; costs $$5 $who")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "a", "what": "b"}, what="c"))
print(t.safe_substitute(who="x"), t.get_identifiers(), t.is_valid(), t.template)
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("ok\nbad $ here").substitute()
except ValueError as e:
    print(e)
print(string.Template("$ bad").safe_substitute(), string.Template("$ bad").is_valid())
class Pct(string.Template):
    delimiter = "%"
print(Pct("%x and %{y}").substitute(x=1, y=2))
f = string.Formatter()
print(f.format("{0}-{1!r}-{name:>5}-{}", "a", "b", name="n") if False else f.format("{0}-{1!r}-{name:>5}", "a", "b", name="n"))
print(f.format("{} {}", 1, 2), f.format("{0[1]} {x.real} {y[k]}", [5, 6], x=3, y={"k": "v"}), f.format("{:{w}}|", "a", w=4))
print(list(f.parse("a{0}b{x!r:>3}c{{}}")))

# expect: abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 0123456789abcdefABCDEF 01234567
# expect: '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~' ' \t\n\r\x0b\x0c' 100
# expect: Hello World Again A-B c-D
# expect: tim likes kung pao; costs $5 tim a likes c; costs $5 a
# expect: x likes ${what}; costs $5 x ['who', 'what'] True $who likes ${what}; costs $$5 $who
# expect: KeyError 'what'
# expect: Invalid placeholder in string: line 2, col 5
# expect: $ bad False
# expect: 1 and 2
# expect: a-'b'-    n
# expect: 1 2 6 3 v a   |
# expect: [('a', '0', '', None), ('b', 'x', '>3', 'r'), ('c{', None, None, None), ('}', None, None, None)]
