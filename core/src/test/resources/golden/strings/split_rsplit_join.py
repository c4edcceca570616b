s = "a,b,,c"
print(s.split(","))  # expect: ['a', 'b', '', 'c']
print(s.split(",", 1))  # expect: ['a', 'b,,c']
print(s.rsplit(",", 1))  # expect: ['a,b,', 'c']
print("  many   spaces here ".split())  # expect: ['many', 'spaces', 'here']
print("a b c".split(" ", maxsplit=1))  # expect: ['a', 'b c']
print("".split(), "".split(","))  # expect: [] ['']
print("-".join(["x", "y", "z"]), "".join("abc"), repr(", ".join([])))  # expect: x-y-z abc ''
print("/".join(str(i) for i in range(3)))  # expect: 0/1/2
try:
    ",".join([1, 2])
except TypeError as e:
    print(e)  # expect: sequence item 0: expected str instance, int found
