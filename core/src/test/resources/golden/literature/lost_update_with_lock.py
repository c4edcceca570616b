# The classic lost-update race, fixed with a Lock around the read-modify-write.
import threading

counter = 0
lock = threading.Lock()
N_THREADS = 4
N_INCREMENTS = 20000

def work():
    global counter
    for _ in range(N_INCREMENTS):
        with lock:
            counter += 1

threads = [threading.Thread(target=work) for _ in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter =", counter)  # expect: counter = 80000
print(counter == N_THREADS * N_INCREMENTS)  # expect: True
