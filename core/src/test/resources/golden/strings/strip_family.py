s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))  # expect: 'hello' 'hello \n ' '  \t hello'
print("xxabcxx".strip("x"), "xxabcxx".lstrip("x"), "xxabcxx".rstrip("x"))  # expect: abc abcxx xxabc
print("www.example.com".strip("cmow."))  # expect: example
print(repr("".strip()), repr("   ".strip()))  # expect: '' ''
