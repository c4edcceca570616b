print("not printed")

async def fetch():
    return 1
# expect error: SyntaxError: 'async' functions are not supported by gilvm
