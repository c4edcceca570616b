print("not printed")
match (1, 2):
    case (x, 1) | (2, y):
        pass

# Output of CPython 3.11:
# expect error: SyntaxError: alternative patterns bind different names
