print("not printed")
async def agen():
    yield 1
    return 2

# Output of CPython 3.11:
# expect error: SyntaxError: 'return' with value in async generator
