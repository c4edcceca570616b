def noisy(n):
    for i in range(n):
        print("producing", i)
        yield i
    print("finished")

g = noisy(3)
print("created")  # expect: created
print("got", next(g))
# expect: producing 0
# expect: got 0
for v in g:
    print("loop", v)
# expect: producing 1
# expect: loop 1
# expect: producing 2
# expect: loop 2
# expect: finished
