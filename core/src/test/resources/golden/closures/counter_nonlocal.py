def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

a = make_counter()
b = make_counter()
print(a(), a(), a())  # expect: 1 2 3
print(b())  # expect: 1
print(a())  # expect: 4
