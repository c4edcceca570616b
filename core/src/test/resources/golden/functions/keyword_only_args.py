def connect(host, *, port=80, secure=False):
    return f"{host}:{port} secure={secure}"

print(connect("a"))  # expect: a:80 secure=False
print(connect("b", port=443, secure=True))  # expect: b:443 secure=True

def need(*, key):
    return key * 2

print(need(key=21))  # expect: 42
try:
    connect("c", 8080)
except TypeError as e:
    print(e)  # expect: connect() takes 1 positional argument but 2 were given
try:
    need()
except TypeError as e:
    print(e)  # expect: need() missing 1 required keyword-only argument: 'key'
