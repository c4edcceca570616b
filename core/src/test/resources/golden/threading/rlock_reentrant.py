import threading

r = threading.RLock()

def outer():
    with r:
        return inner() + 1

def inner():
    with r:
        return 41

print(outer())  # expect: 42
print(r.acquire(), r.acquire(), r.acquire(blocking=False))  # expect: True True True
r.release()
r.release()
r.release()
errors = []

def foreign_release():
    try:
        r.release()
    except RuntimeError as e:
        errors.append(str(e))

r.acquire()
t = threading.Thread(target=foreign_release)
t.start()
t.join()
r.release()
print(errors)  # expect: ['cannot release un-acquired lock']
