# Three threads write one dict at once. Under a global lock (or per-object locks) the dict stays
# consistent: every key present once, every value one of the writers' ids.
import threading

shared_dict = {}


def writer(thread_id):
    for i in range(1000):
        shared_dict[i] = thread_id


threads = [threading.Thread(target=writer, args=(t,)) for t in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(list(shared_dict.items())[:10])  # expect re: \[\(0, [012]\), \(1, [012]\), \(2, [012]\), \(3, [012]\), \(4, [012]\), \(5, [012]\), \(6, [012]\), \(7, [012]\), \(8, [012]\), \(9, [012]\)\]
print(len(shared_dict), set(shared_dict.values()) <= {0, 1, 2})  # expect: 1000 True
