def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count


def gray(n):
    return n ^ (n >> 1)


def from_gray(g):
    n = 0
    while g:
        n ^= g
        g >>= 1
    return n


def reverse_bits(n, width=8):
    out = 0
    for _ in range(width):
        out = (out << 1) | (n & 1)
        n >>= 1
    return out


def subsets(mask):
    sub = mask
    while True:
        yield sub
        if sub == 0:
            return
        sub = (sub - 1) & mask


def single_number(nums):
    x = 0
    for n in nums:
        x ^= n
    return x


for n in [0, 1, 7, 8, 255, 1023, 2 ** 40 + 5, -1 & 0xFFFF]:
    print(f"{n:>14} bin={bin(n):>45} pop={popcount(n):2d} builtin={n.bit_count():2d} len={n.bit_length()}")
print("gray codes:", [f"{gray(i):03b}" for i in range(8)])
print("decode ok:", all(from_gray(gray(i)) == i for i in range(1024)))
print("reversed:", [f"{reverse_bits(x):08b}" for x in (1, 6, 0b10110000)])
print("submasks of 0b1011:", [bin(s) for s in subsets(0b1011)])
print("single:", single_number([4, 1, 2, 1, 2, 9, 4]))
print("power of two:", [n for n in range(70) if n and n & (n - 1) == 0])
print("lowest set bit:", [n & -n for n in (12, 40, 7, 96)])
print(~5, -5 >> 1, -5 // 2, 5 << 70, (5 << 70) >> 68, 0xFF & 0x0F | 0x30 ^ 0x11)
flags = 0
for bit in (0, 3, 5):
    flags |= 1 << bit
print(f"flags={flags:#010b}", [(flags >> b) & 1 for b in range(8)])
flags &= ~(1 << 3)
flags ^= 1 << 7
print(f"flags={flags:#010b}")
print(int.from_bytes(b"\x01\x02", "big"), int.from_bytes(b"\x01\x02", "little"), (258).to_bytes(4, "big"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
x = 0xDEADBEEF
print(hex(x), hex(x >> 16), hex(x & 0xFFFF), hex(((x << 8) | (x >> 24)) & 0xFFFFFFFF))
