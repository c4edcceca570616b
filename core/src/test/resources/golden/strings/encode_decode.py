s = "héllo"
b = s.encode()
print(b, len(s), len(b))  # expect: b'h\xc3\xa9llo' 5 6
print(b.decode(), b.decode("utf-8") == s)  # expect: héllo True
print("abc".encode("ascii"), type(b).__name__)  # expect: b'abc' bytes
try:
    "é".encode("ascii")
except ValueError:
    print("non-ascii is a ValueError")  # expect: non-ascii is a ValueError
