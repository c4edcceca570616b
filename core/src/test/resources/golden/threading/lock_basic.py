import threading

lock = threading.Lock()
print(lock.locked())  # expect: False
print(lock.acquire())  # expect: True
print(lock.locked())  # expect: True
print(lock.acquire(False))  # expect: False
print(lock.acquire(blocking=False))  # expect: False
lock.release()
print(lock.locked())  # expect: False
try:
    lock.release()
except RuntimeError as e:
    print(e)  # expect: release unlocked lock
