import threading

def work():
    pass

def other():
    pass

a = threading.Thread(target=work)
b = threading.Thread(target=other, name="custom")
c = threading.Thread(target=other)
print(a.name)  # expect: Thread-1 (work)
print(b.name)  # expect: custom
print(c.name)  # expect: Thread-2 (other)
b.name = "renamed"
print(b.name)  # expect: renamed
for t in (a, b, c):
    t.start()
    t.join()
print(threading.current_thread().name)  # expect: MainThread
