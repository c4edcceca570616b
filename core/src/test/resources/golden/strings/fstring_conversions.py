s = "it's"
print(f"{s!r}")  # expect: "it's"
print(f"{'plain'!r} {'plain'!s}")  # expect: 'plain' plain
print(f"{[1, 'x']!s}")  # expect: [1, 'x']
t = "tab\t"
print(f"{t!r}")  # expect: 'tab\t'
x = 42
print(f"{x!r:>6}|")  # expect:     42|
print(f"{'ab'!r:<6}|")  # expect: 'ab'  |
