def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

for v in guarded():
    print(v)
# expect: 1
# expect: 2
# expect: cleanup

def early_return(flag):
    yield "a"
    if flag:
        return
    yield "b"

print(list(early_return(True)), list(early_return(False)))  # expect: ['a'] ['a', 'b']
