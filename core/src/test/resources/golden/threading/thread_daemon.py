import threading

never = threading.Event()

def forever():
    never.wait()

t = threading.Thread(target=forever, daemon=True)
print(t.daemon)  # expect: True
print(threading.Thread(target=forever).daemon)  # expect: False
t.start()
print(t.is_alive())  # expect: True
print("main exits without joining the daemon")  # expect: main exits without joining the daemon
