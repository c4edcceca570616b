data = b"caf\xc3\xa9"
print(data.decode(), data.decode("utf-8"), len(data), len(data.decode()))  # expect: café café 5 4
print(b"abc".decode("ascii"), "snow\u2603".encode())  # expect: abc b'snow\xe2\x98\x83'
print("é".encode() == b"\xc3\xa9", "x".encode().decode() == "x")  # expect: True True
try:
    b"\xff".decode()
except ValueError:
    print("invalid utf-8 is a ValueError")  # expect: invalid utf-8 is a ValueError
