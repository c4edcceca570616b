counter = 0

def bump():
    global counter
    counter += 1

def read():
    return counter

for _ in range(5):
    bump()
print(counter, read())  # expect: 5 5

def create():
    global fresh
    fresh = "made"

create()
print(fresh)  # expect: made
