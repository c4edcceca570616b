import threading

idents = []
lock = threading.Lock()
main_id = threading.get_ident()

def rec():
    with lock:
        idents.append(threading.get_ident())

ts = [threading.Thread(target=rec) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(type(main_id).__name__, main_id == threading.get_ident())  # expect: int True
print(len(idents), main_id not in idents)  # expect: 2 True
