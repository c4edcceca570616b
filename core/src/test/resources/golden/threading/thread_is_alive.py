import threading

go = threading.Event()

def waiter():
    go.wait()

t = threading.Thread(target=waiter)
print(t.is_alive())  # expect: False
t.start()
print(t.is_alive())  # expect: True
go.set()
t.join()
print(t.is_alive())  # expect: False
try:
    t.start()
except RuntimeError as e:
    print(e)  # expect: threads can only be started once
