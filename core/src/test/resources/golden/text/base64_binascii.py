# base64 (b64, urlsafe, b32, b16, encodebytes) and binascii (hexlify, crc32, base64) with the
# errors of bad padding, non-alphabet characters and odd hex.
import base64, binascii
print(base64.b64encode(b"hello world!?"), base64.b64decode(b"aGVsbG8="), base64.b64decode("aGVs bG8=\n"), base64.urlsafe_b64encode(b"\xfb\xff"), base64.b64encode(b"\xfb\xff", altchars=b"-_"))
for bad in [b"aGVsbG8", b"a", b"aGVs!bG8="]:
    try:
        print(base64.b64decode(bad))
    except binascii.Error as e:
        print("Error", e)
try:
    base64.b64decode(b"aGVs!bG8=", validate=True)
except binascii.Error as e:
    print("Error", e)
print(base64.b32encode(b"abc"), base64.b32decode(b"MFRGG==="), base64.b16encode(b"\x01\xab"), base64.b16decode(b"01AB"), base64.encodebytes(b"x" * 60))
print(binascii.hexlify(b"\x01\xff"), binascii.unhexlify("01ff"), binascii.crc32(b"hello"), binascii.crc32(b" world", binascii.crc32(b"hello")) == binascii.crc32(b"hello world"))
print(binascii.b2a_base64(b"hi"), binascii.a2b_base64(b"aGk="), binascii.hexlify(b"abc", "-"))
for data in [b"", b"a", b"ab", b"abc", b"abcd", bytes(range(256))]:
    e = base64.b64encode(data)
    assert base64.b64decode(e) == data, data
    assert base64.b32decode(base64.b32encode(data)) == data, data
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(data)) == data
print(base64.b32encode(b"abcde12"), base64.b64encode(bytes(range(0, 256, 37))))
for bad in ["0g", "012"]:
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print(e)
print(issubclass(binascii.Error, ValueError))

# expect: b'aGVsbG8gd29ybGQhPw==' b'hello' b'hello' b'-_8=' b'-_8='
# expect: Error Incorrect padding
# expect: Error Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4
# expect: b'hello'
# expect: Error Only base64 data is allowed
# expect: b'MFRGG===' b'abc' b'01AB' b'\x01\xab' b'eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4\neHh4\n'
# expect: b'01ff' b'\x01\xff' 907060870 True
# expect: b'aGk=\n' b'hi' b'61-62-63'
# expect: b'MFRGGZDFGEZA====' b'ACVKb5S53g=='
# expect: Non-hexadecimal digit found
# expect: Odd-length string
# expect: True
