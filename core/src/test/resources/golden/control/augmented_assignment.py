x = 10
x += 5
x -= 3
x *= 2
x //= 5
x **= 3
x %= 7
print(x)  # expect: 1
s = "ab"
s += "cd"
s *= 2
print(s)  # expect: abcdabcd
a = [1]
b = a
a += [2]
print(b)  # expect: [1, 2]
t = (1,)
u = t
t += (2,)
print(u, t)  # expect: (1,) (1, 2)
f = 7
f /= 2
print(f)  # expect: 3.5
n = 0b1100
n &= 0b1010
n |= 1
n ^= 0b11
n <<= 2
n >>= 1
print(n)  # expect: 20
