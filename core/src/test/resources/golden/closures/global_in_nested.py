x = "global"

def outer():
    x = "local"
    def inner():
        global x
        x = "changed"
    inner()
    return x

print(outer())  # expect: local
print(x)  # expect: changed

def shadow():
    x = "shadow"
    return x
print(shadow(), x)  # expect: shadow changed
