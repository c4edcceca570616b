import threading

lock = threading.Lock()
with lock:
    print("inside", lock.locked())  # expect: inside True
print("outside", lock.locked())  # expect: outside False
try:
    with lock:
        raise ValueError("oops")
except ValueError:
    pass
print("released after exception", not lock.locked())  # expect: released after exception True
a, b = threading.Lock(), threading.Lock()
with a, b:
    print(a.locked(), b.locked())  # expect: True True
print(a.locked(), b.locked())  # expect: False False
