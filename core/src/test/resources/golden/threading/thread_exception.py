import threading

def worker():
    raise ValueError("boom in thread")

t = threading.Thread(target=worker)
t.start()
t.join()
print("main continues", t.is_alive())  # expect: main continues False
# expect stderr: Exception in thread Thread-1 (worker):
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "thread_exception.py", line 4, in worker
# expect stderr: ValueError: boom in thread
