for i in range(5):
    try:
        if i == 2:
            break
        print("i", i)
    finally:
        print("cleanup", i)
# expect: i 0
# expect: cleanup 0
# expect: i 1
# expect: cleanup 1
# expect: cleanup 2
n = 0
while True:
    try:
        n += 1
        if n == 2:
            break
    finally:
        print("while finally", n)
# expect: while finally 1
# expect: while finally 2
