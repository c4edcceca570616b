def f():
    try:
        raise ValueError("v")
    finally:
        print("finally ran")

try:
    f()
except ValueError as e:
    print("outer caught", e)
# expect: finally ran
# expect: outer caught v
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("fin", i)
# expect: body 0
# expect: fin 0
# expect: fin 1
# expect: body 2
# expect: fin 2
