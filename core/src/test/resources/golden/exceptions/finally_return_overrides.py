def override():
    try:
        return "try"
    finally:
        return "finally"

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def loop_break():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "broke out at " + str(i)

print(override())  # expect: finally
print(swallow())  # expect: swallowed
print(loop_break())  # expect: broke out at 0
