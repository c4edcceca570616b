# UTF-16, UTF-32, cp1252 and the codec error handlers, encoding and decoding.
def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
s = "hé€😀"
for enc in ["utf-16-le", "utf-16-be", "utf-16", "utf-32", "utf-32-le", "utf-32-be", "UTF16", "utf_16le", "U16", "cp1252", "windows-1252", "latin-1", "ascii"]:
    show(lambda: s.encode(enc))
    show(lambda: s.encode(enc, "replace"))
    show(lambda: s.encode(enc, "backslashreplace"))
    show(lambda: s.encode(enc, "ignore"))
    show(lambda: s.encode(enc, "xmlcharrefreplace"))
for enc in ["utf-16-le", "utf-16-be", "utf-16", "utf-32", "utf-32-le", "utf-32-be", "cp1252", "latin-1", "ascii", "utf-8"]:
    b = s.encode(enc, "replace")
    show(lambda: b.decode(enc))
    show(lambda: b[:-1].decode(enc))
    show(lambda: b[:-1].decode(enc, "replace"))
    show(lambda: b[:-1].decode(enc, "ignore"))
    show(lambda: b[:-1].decode(enc, "backslashreplace"))
show(lambda: b"\x81\x80abc".decode("cp1252"))
show(lambda: b"\x81\x80abc".decode("cp1252", "replace"))
show(lambda: b"\xff\xfeh\x00".decode("utf-16"))
show(lambda: b"\xfe\xff\x00h".decode("utf-16"))
show(lambda: b"h\x00".decode("utf-16"))
show(lambda: b"\x00\xd8a\x00".decode("utf-16-le"))
show(lambda: b"\x00\xdca\x00".decode("utf-16-le"))
show(lambda: b"\x00\xd8".decode("utf-16-le"))
show(lambda: b"\x00\x00\x11\x00".decode("utf-32-le"))
show(lambda: b"\x00\xd8\x00\x00".decode("utf-32-le"))
show(lambda: b"caf\xe9 \xff".decode("utf-8", "surrogateescape"))
show(lambda: b"caf\xe9".decode("ascii", "surrogateescape").encode("ascii", "surrogateescape"))
show(lambda: "a\udcff".encode("utf-8", "surrogateescape"))
show(lambda: "a\udc41".encode("utf-8", "surrogateescape"))
show(lambda: "a\ud800b".encode("utf-8", "surrogatepass"))
show(lambda: b"a\xed\xa0\x80b".decode("utf-8", "surrogatepass"))
show(lambda: "a\ud800b".encode("utf-16-le", "surrogatepass"))
show(lambda: "a\ud800b".encode("utf-16-le"))
show(lambda: "\u20ac\u0101".encode("cp1252"))
show(lambda: "\u0101".encode("latin-1", "namereplace"))
show(lambda: "é".encode("ascii", "namereplace"))
show(lambda: "é".encode("nope"))
show(lambda: "é".encode("ascii", "nope"))
show(lambda: bytes(range(128, 160)).decode("cp1252", "replace"))
show(lambda: "x".encode("utf-16").decode("utf-16"))
# expect: b'h\x00\xe9\x00\xac =\xd8\x00\xde'
# expect: b'h\x00\xe9\x00\xac =\xd8\x00\xde'
# expect: b'h\x00\xe9\x00\xac =\xd8\x00\xde'
# expect: b'h\x00\xe9\x00\xac =\xd8\x00\xde'
# expect: b'h\x00\xe9\x00\xac =\xd8\x00\xde'
# expect: b'\x00h\x00\xe9 \xac\xd8=\xde\x00'
# expect: b'\x00h\x00\xe9 \xac\xd8=\xde\x00'
# expect: b'\x00h\x00\xe9 \xac\xd8=\xde\x00'
# expect: b'\x00h\x00\xe9 \xac\xd8=\xde\x00'
# expect: b'\x00h\x00\xe9 \xac\xd8=\xde\x00'
# expect: b'\xff\xfeh\x00\xe9\x00\xac =\xd8\x00\xde'
# expect: b'\xff\xfeh\x00\xe9\x00\xac =\xd8\x00\xde'
# expect: b'\xff\xfeh\x00\xe9\x00\xac =\xd8\x00\xde'
# expect: b'\xff\xfeh\x00\xe9\x00\xac =\xd8\x00\xde'
# expect: b'\xff\xfeh\x00\xe9\x00\xac =\xd8\x00\xde'
# expect: b'\xff\xfe\x00\x00h\x00\x00\x00\xe9\x00\x00\x00\xac \x00\x00\x00\xf6\x01\x00'
# expect: b'\xff\xfe\x00\x00h\x00\x00\x00\xe9\x00\x00\x00\xac \x00\x00\x00\xf6\x01\x00'
# expect: b'\xff\xfe\x00\x00h\x00\x00\x00\xe9\x00\x00\x00\xac \x00\x00\x00\xf6\x01\x00'
# expect: b'\xff\xfe\x00\x00h\x00\x00\x00\xe9\x00\x00\x00\xac \x00\x00\x00\xf6\x01\x00'
# expect: b'\xff\xfe\x00\x00h\x00\x00\x00\xe9\x00\x00\x00\xac \x00\x00\x00\xf6\x01\x00'
# expect: b'h\x00\x00\x00\xe9\x00\x00\x00\xac \x00\x00\x00\xf6\x01\x00'
# expect: b'h\x00\x00\x00\xe9\x00\x00\x00\xac \x00\x00\x00\xf6\x01\x00'
# expect: b'h\x00\x00\x00\xe9\x00\x00\x00\xac \x00\x00\x00\xf6\x01\x00'
# expect: b'h\x00\x00\x00\xe9\x00\x00\x00\xac \x00\x00\x00\xf6\x01\x00'
# expect: b'h\x00\x00\x00\xe9\x00\x00\x00\xac \x00\x00\x00\xf6\x01\x00'
# expect: b'\x00\x00\x00h\x00\x00\x00\xe9\x00\x00 \xac\x00\x01\xf6\x00'
# expect: b'\x00\x00\x00h\x00\x00\x00\xe9\x00\x00 \xac\x00\x01\xf6\x00'
# expect: b'\x00\x00\x00h\x00\x00\x00\xe9\x00\x00 \xac\x00\x01\xf6\x00'
# expect: b'\x00\x00\x00h\x00\x00\x00\xe9\x00\x00 \xac\x00\x01\xf6\x00'
# expect: b'\x00\x00\x00h\x00\x00\x00\xe9\x00\x00 \xac\x00\x01\xf6\x00'
# expect: b'\xff\xfeh\x00\xe9\x00\xac =\xd8\x00\xde'
# expect: b'\xff\xfeh\x00\xe9\x00\xac =\xd8\x00\xde'
# expect: b'\xff\xfeh\x00\xe9\x00\xac =\xd8\x00\xde'
# expect: b'\xff\xfeh\x00\xe9\x00\xac =\xd8\x00\xde'
# expect: b'\xff\xfeh\x00\xe9\x00\xac =\xd8\x00\xde'
# expect: b'h\x00\xe9\x00\xac =\xd8\x00\xde'
# expect: b'h\x00\xe9\x00\xac =\xd8\x00\xde'
# expect: b'h\x00\xe9\x00\xac =\xd8\x00\xde'
# expect: b'h\x00\xe9\x00\xac =\xd8\x00\xde'
# expect: b'h\x00\xe9\x00\xac =\xd8\x00\xde'
# expect: b'\xff\xfeh\x00\xe9\x00\xac =\xd8\x00\xde'
# expect: b'\xff\xfeh\x00\xe9\x00\xac =\xd8\x00\xde'
# expect: b'\xff\xfeh\x00\xe9\x00\xac =\xd8\x00\xde'
# expect: b'\xff\xfeh\x00\xe9\x00\xac =\xd8\x00\xde'
# expect: b'\xff\xfeh\x00\xe9\x00\xac =\xd8\x00\xde'
# expect: UnicodeEncodeError: 'charmap' codec can't encode character '\U0001f600' in position 3: character maps to <undefined>
# expect: b'h\xe9\x80?'
# expect: b'h\xe9\x80\\U0001f600'
# expect: b'h\xe9\x80'
# expect: b'h\xe9\x80&#128512;'
# expect: UnicodeEncodeError: 'charmap' codec can't encode character '\U0001f600' in position 3: character maps to <undefined>
# expect: b'h\xe9\x80?'
# expect: b'h\xe9\x80\\U0001f600'
# expect: b'h\xe9\x80'
# expect: b'h\xe9\x80&#128512;'
# expect: UnicodeEncodeError: 'latin-1' codec can't encode characters in position 2-3: ordinal not in range(256)
# expect: b'h\xe9??'
# expect: b'h\xe9\\u20ac\\U0001f600'
# expect: b'h\xe9'
# expect: b'h\xe9&#8364;&#128512;'
# expect: UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-3: ordinal not in range(128)
# expect: b'h???'
# expect: b'h\\xe9\\u20ac\\U0001f600'
# expect: b'h'
# expect: b'h&#233;&#8364;&#128512;'
# expect: 'hé€😀'
# expect: UnicodeDecodeError: 'utf-16-le' codec can't decode bytes in position 6-8: unexpected end of data
# expect: 'hé€�'
# expect: 'hé€'
# expect: 'hé€\\x3d\\xd8\\x00'
# expect: 'hé€😀'
# expect: UnicodeDecodeError: 'utf-16-be' codec can't decode bytes in position 6-8: unexpected end of data
# expect: 'hé€�'
# expect: 'hé€'
# expect: 'hé€\\xd8\\x3d\\xde'
# expect: 'hé€😀'
# expect: UnicodeDecodeError: 'utf-16-le' codec can't decode bytes in position 8-10: unexpected end of data
# expect: 'hé€�'
# expect: 'hé€'
# expect: 'hé€\\x3d\\xd8\\x00'
# expect: 'hé€😀'
# expect: UnicodeDecodeError: 'utf-32-le' codec can't decode bytes in position 16-18: truncated data
# expect: 'hé€�'
# expect: 'hé€'
# expect: 'hé€\\x00\\xf6\\x01'
# expect: 'hé€😀'
# expect: UnicodeDecodeError: 'utf-32-le' codec can't decode bytes in position 12-14: truncated data
# expect: 'hé€�'
# expect: 'hé€'
# expect: 'hé€\\x00\\xf6\\x01'
# expect: 'hé€😀'
# expect: UnicodeDecodeError: 'utf-32-be' codec can't decode bytes in position 12-14: truncated data
# expect: 'hé€�'
# expect: 'hé€'
# expect: 'hé€\\x00\\x01\\xf6'
# expect: 'hé€?'
# expect: 'hé€'
# expect: 'hé€'
# expect: 'hé€'
# expect: 'hé€'
# expect: 'hé??'
# expect: 'hé?'
# expect: 'hé?'
# expect: 'hé?'
# expect: 'hé?'
# expect: 'h???'
# expect: 'h??'
# expect: 'h??'
# expect: 'h??'
# expect: 'h??'
# expect: 'hé€😀'
# expect: UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 6-8: unexpected end of data
# expect: 'hé€�'
# expect: 'hé€'
# expect: 'hé€\\xf0\\x9f\\x98'
# expect: UnicodeDecodeError: 'charmap' codec can't decode byte 0x81 in position 0: character maps to <undefined>
# expect: '�€abc'
# expect: 'h'
# expect: 'h'
# expect: 'h'
# expect: UnicodeDecodeError: 'utf-16-le' codec can't decode bytes in position 0-1: illegal UTF-16 surrogate
# expect: UnicodeDecodeError: 'utf-16-le' codec can't decode bytes in position 0-1: illegal encoding
# expect: UnicodeDecodeError: 'utf-16-le' codec can't decode bytes in position 0-1: unexpected end of data
# expect: UnicodeDecodeError: 'utf-32-le' codec can't decode bytes in position 0-3: code point not in range(0x110000)
# expect: UnicodeDecodeError: 'utf-32-le' codec can't decode bytes in position 0-3: code point in surrogate code point range(0xd800, 0xe000)
# expect: 'caf\udce9 \udcff'
# expect: b'caf\xe9'
# expect: b'a\xff'
# expect: UnicodeEncodeError: 'utf-8' codec can't encode character '\udc41' in position 1: surrogates not allowed
# expect: b'a\xed\xa0\x80b'
# expect: 'a\ud800b'
# expect: b'a\x00\x00\xd8b\x00'
# expect: UnicodeEncodeError: 'utf-16-le' codec can't encode character '\ud800' in position 1: surrogates not allowed
# expect: UnicodeEncodeError: 'charmap' codec can't encode character '\u0101' in position 1: character maps to <undefined>
# expect: b'\\N{LATIN SMALL LETTER A WITH MACRON}'
# expect: b'\\N{LATIN SMALL LETTER E WITH ACUTE}'
# expect: LookupError: unknown encoding: nope
# expect: LookupError: unknown error handler name 'nope'
# expect: '€�‚ƒ„…†‡ˆ‰Š‹Œ�Ž��‘’“”•–—˜™š›œ�žŸ'
# expect: 'x'
