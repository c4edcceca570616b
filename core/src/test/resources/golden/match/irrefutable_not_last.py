print("not printed: the whole file is rejected")
value = 3
match value:
    case 1:
        print("one")
    case other:
        print("other")
    case 3:
        print("three")

# Output of CPython 3.11:
# expect error: SyntaxError: name capture 'other' makes remaining patterns unreachable
