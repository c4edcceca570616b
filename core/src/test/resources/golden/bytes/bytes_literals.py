b = b"hello"
print(b, type(b).__name__, len(b))  # expect: b'hello' bytes 5
print(b"", b"\x00\xff", b"a\nb", b'q"')  # expect: b'' b'\x00\xff' b'a\nb' b'q"'
print(b"it's", b"\t\\")  # expect: b"it's" b'\t\\'
print(b"ab" + b"cd", b"xy" * 2, b"ab" == b"ab", b"a" < b"b")  # expect: b'abcd' b'xyxy' True True
print(rb"\n", len(rb"\n"))  # expect: b'\\n' 2
