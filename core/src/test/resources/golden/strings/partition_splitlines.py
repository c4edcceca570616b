print("key=value=x".partition("="))  # expect: ('key', '=', 'value=x')
print("novalue".partition("="))  # expect: ('novalue', '', '')
text = "line1\nline2\r\nline3\n"
print(text.splitlines())  # expect: ['line1', 'line2', 'line3']
print(text.split("\n"))  # expect: ['line1', 'line2\r', 'line3', '']
print("".splitlines(), "one".splitlines())  # expect: [] ['one']
print("a\n\nb".splitlines())  # expect: ['a', '', 'b']
