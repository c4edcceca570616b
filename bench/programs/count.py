# A countdown loop in one function: the eval loop's dispatch, int arithmetic and comparisons.
def count(n):
    while n > 0:
        n -= 1


count(10_000_000)
print("done")  # expect: done
