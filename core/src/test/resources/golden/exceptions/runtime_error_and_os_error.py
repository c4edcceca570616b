def check(state):
    if state != "ready":
        raise RuntimeError(f"not ready: {state}")
    return "ok"

print(check("ready"))  # expect: ok
try:
    check("booting")
except RuntimeError as e:
    print(e)  # expect: not ready: booting
try:
    raise OSError("disk gone")
except OSError as e:
    print(type(e).__name__, e)  # expect: OSError disk gone
raise RuntimeError("fatal")
# expect error: RuntimeError: fatal
