def run(exc):
    try:
        try:
            raise exc
        except Exception:
            return "Exception handler"
    except BaseException as e:
        return "BaseException handler " + type(e).__name__

print(run(ValueError()))  # expect: Exception handler
print(run(KeyboardInterrupt()))  # expect: BaseException handler KeyboardInterrupt
print(run(SystemExit(2)))  # expect: BaseException handler SystemExit
try:
    raise SystemExit(5)
except SystemExit as e:
    print("code", e.code)  # expect: code 5
