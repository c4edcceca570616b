def src():
    for i in range(5):
        print("src", i)
        yield i

ge = (x * 2 for x in src() if x % 2 == 0)
print("built")  # expect: built
print(next(ge))
# expect: src 0
# expect: 0
print(next(ge))
# expect: src 1
# expect: src 2
# expect: 4
print(list(ge))
# expect: src 3
# expect: src 4
# expect: [8]
