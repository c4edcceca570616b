log = []

def f():
    try:
        log.append("try")
        return "from try"
    finally:
        log.append("finally")

print(f(), log)  # expect: from try ['try', 'finally']

def g():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x set to", x)

print(g())
# expect: x set to 2
# expect: 1
