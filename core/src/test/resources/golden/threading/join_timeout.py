import threading

release = threading.Event()

def blocked():
    release.wait()

t = threading.Thread(target=blocked)
t.start()
r = t.join(timeout=0.05)
print(r, t.is_alive())  # expect: None True
release.set()
t.join()
print(t.is_alive())  # expect: False
