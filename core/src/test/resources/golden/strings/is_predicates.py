samples = ["123", "abc", "ab1", " \t\n", "", "A b", "3.5"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace())
# expect: '123' True False True False
# expect: 'abc' False True True False
# expect: 'ab1' False False True False
# expect: ' \t\n' False False False True
# expect: '' False False False False
# expect: 'A b' False False False False
# expect: '3.5' False False False False
