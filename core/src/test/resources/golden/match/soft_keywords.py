# match and case are soft keywords: ordinary names elsewhere.
match = [1, 2]
case = {"k": "v"}
print(match, case)
match match:
    case [1, case]:
        print("case is", case)
def match(case):
    return case * 2
print(match(21))

# Output of CPython 3.11:
# expect: [1, 2] {'k': 'v'}
# expect: case is 2
# expect: 42
