# Four threads append to one bytearray and read it whole: under every lock each append
# lands and no reader sees a torn copy (finegrained guards it with its object lock).
import threading

data = bytearray()
seen_bad = []


def writer(byte):
    for _ in range(2000):
        data.append(byte)
        snapshot = bytes(data)
        if len(snapshot) > 8000:
            seen_bad.append(len(snapshot))


threads = [threading.Thread(target=writer, args=(65 + i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(data), seen_bad)
print(sorted(set(data)), [data.count(65 + i) for i in range(4)])

# Output of CPython 3.11:
# expect: 8000 []
# expect: [65, 66, 67, 68] [2000, 2000, 2000, 2000]
