def handler():
    try:
        {}["missing"]
    except KeyError:
        print("logging and re-raising")
        raise

try:
    handler()
except KeyError as e:
    print("outer got", repr(e))
# expect: logging and re-raising
# expect: outer got KeyError('missing')
try:
    raise
except RuntimeError as e:
    print(e)  # expect: No active exception to reraise
