# hashlib: digests of bytes, bytearray and memoryview, small and large inputs, copy, new().
import hashlib

print(hashlib.sha256(b"abc").hexdigest())
print(hashlib.sha1(b"abc").hexdigest())
print(hashlib.md5(b"").hexdigest())
h = hashlib.sha256()
h.update(b"hello ")
c = h.copy()
h.update(b"world")
c.update(bytearray(b"there"))
print(h.hexdigest())
print(c.hexdigest())
print(h.digest()[:4], len(h.digest()))
print(h.name, h.digest_size, h.block_size)
m = hashlib.md5()
print(m.name, m.digest_size, m.block_size)
s = hashlib.new("sha1", b"abc")
print(s.name, s.hexdigest() == hashlib.sha1(b"abc").hexdigest())
print(hashlib.new("SHA256").name)
big = bytes(range(256)) * 64
print(hashlib.sha256(big).hexdigest())
print(hashlib.md5(bytearray(big)).hexdigest())
print(hashlib.sha1(memoryview(big)).hexdigest())
inc = hashlib.sha256()
for i in range(0, len(big), 1000):
    inc.update(big[i:i + 1000])
print(inc.hexdigest() == hashlib.sha256(big).hexdigest())
print(hashlib.sha512(b"x").hexdigest()[:32])
print(type(h).__name__, type(h).__module__)
for bad in ("text", 5):
    try:
        hashlib.sha256(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    hashlib.new("nosuch")
except ValueError as e:
    print("ValueError:", e)
print("md5" in hashlib.algorithms_guaranteed)

# Output of CPython 3.11:
# expect: ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
# expect: a9993e364706816aba3e25717850c26c9cd0d89d
# expect: d41d8cd98f00b204e9800998ecf8427e
# expect: b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9
# expect: 12998c017066eb0d2a70b94e6ed3192985855ce390f321bbdb832022888bd251
# expect: b"\xb9M'\xb9" 32
# expect: sha256 32 64
# expect: md5 16 64
# expect: sha1 True
# expect: sha256
# expect: a1f259d4365ed4320c377ce26f5c8c56dcdc9a89e7b641bfd8eabfbbeac86654
# expect: 3df67097cee5e4cea36e0f941c134ffc
# expect: 80cb9c430d80c3084649f65e0ca25dabbffb1b62
# expect: True
# expect: a4abd4448c49562d828115d13a1fccea
# expect: HASH _hashlib
# expect: TypeError: Strings must be encoded before hashing
# expect: TypeError: object supporting the buffer API required
# expect: ValueError: unsupported hash type nosuch
# expect: True
