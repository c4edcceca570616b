def pair():
    value = 0
    def get():
        return value
    def put(v):
        nonlocal value
        value = v
    return get, put

get, put = pair()
print(get())  # expect: 0
put(42)
print(get())  # expect: 42
get2, put2 = pair()
put2(7)
print(get(), get2())  # expect: 42 7
