square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7))  # expect: 49
print(add(1), add(1, 2))  # expect: 11 3
print((lambda: "none")())  # expect: none
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))  # expect: ['ccc', 'bb', 'a']
print(list(map(lambda *a: len(a), [1], [2])))  # expect: [2]
print((lambda **kw: sorted(kw))(b=1, a=2))  # expect: ['a', 'b']
print(square.__name__)  # expect: <lambda>
