x = 10

def f(v=x):
    return v

x = 20
print(f())  # expect: 10

calls = 0

def make():
    global calls
    calls += 1
    return calls

def g(a=make()):
    return a

print(g(), g(), calls)  # expect: 1 1 1
