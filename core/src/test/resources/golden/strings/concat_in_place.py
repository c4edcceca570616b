# s += t grows s in place only when nothing else holds s: every other holder keeps its value.
import sys


def grow(n):
    s = ""
    seen = []
    keys = {}
    for i in range(n):
        s += str(i % 10)
        if i == 3:
            seen.append(s)
        if i == 5:
            alias = s
        if i == 7:
            keys[s] = i
    return s, seen, alias, keys


s, seen, alias, keys = grow(12)
print(s, seen, alias, keys)  # expect: 012345678901 ['0123'] 012345 {'01234567': 7}
print(keys.get("01234567"), hash(s) == hash("012345678901"))  # expect: 7 True


def rebind():
    a = "x"
    a += "y"
    b = a
    a += "z"
    c = a
    c += "!"
    return a, b, c, sys.getrefcount(a)


print(rebind())  # expect: ('xyz', 'xy', 'xyz!', 3)


def in_loop_with_len(n):
    s = "start:"
    total = 0
    for i in range(n):
        s += "ab"
        total += len(s)
    return len(s), total, s[-4:]


print(in_loop_with_len(1000))  # expect: (2006, 1007000, 'abab')

text = "module"
text += " level"
print(text)  # expect: module level
