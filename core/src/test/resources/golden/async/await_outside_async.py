print("not printed")
def f():
    await something()

# Output of CPython 3.11:
# expect error: SyntaxError: 'await' outside async function
