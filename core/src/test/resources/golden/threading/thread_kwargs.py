import threading

out = []

def greet(greeting, name="nobody", punct="."):
    out.append(f"{greeting}, {name}{punct}")

t1 = threading.Thread(target=greet, args=("Hi",), kwargs={"name": "Ann", "punct": "!"})
t2 = threading.Thread(target=greet, kwargs={"greeting": "Yo"})
t1.start()
t1.join()
t2.start()
t2.join()
print(out)  # expect: ['Hi, Ann!', 'Yo, nobody.']
