# A producer/consumer pipeline through queue.Queue, as threaded programs are written today: a
# producer "downloads" items (each an I/O wait), two stages of workers "process" and "store"
# them (each another I/O wait), a sentinel per worker shuts the pipeline down. Waiting in
# time.sleep and in Queue.get releases the interpreter lock, so the waits of the three stages
# overlap under every lock: the pipeline takes about as long as its slowest stage, not the sum.
import queue
import threading
import time

ITEMS = 20
FETCH = 0.01   # the producer's wait per item
PROCESS = 0.02  # each processing worker's wait per item
STORE = 0.01   # the storing worker's wait per item
PROCESSORS = 2
DONE = object()


def producer(out):
    for i in range(ITEMS):
        time.sleep(FETCH)
        out.put(i)
    for _ in range(PROCESSORS):
        out.put(DONE)


def processor(inbox, out):
    while True:
        item = inbox.get()
        if item is DONE:
            out.put(DONE)
            return
        time.sleep(PROCESS)
        out.put(item * item)


def storer(inbox, stored):
    finished = 0
    while finished < PROCESSORS:
        item = inbox.get()
        if item is DONE:
            finished += 1
            continue
        time.sleep(STORE)
        stored.append(item)


def run_pipeline():
    fetched = queue.Queue(maxsize=5)
    processed = queue.Queue(maxsize=5)
    stored = []
    threads = [threading.Thread(target=producer, args=(fetched,))]
    threads += [threading.Thread(target=processor, args=(fetched, processed)) for _ in range(PROCESSORS)]
    threads.append(threading.Thread(target=storer, args=(processed, stored)))
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start, stored


if __name__ == "__main__":
    elapsed, stored = run_pipeline()
    one_after_another = ITEMS * (FETCH + PROCESS + STORE)
    print("stored:", sorted(stored) == [i * i for i in range(ITEMS)])  # expect: stored: True
    print(f"pipeline: {elapsed:.2f} s   one stage after another: {one_after_another:.2f} s")  # expect re: pipeline: \d+\.\d\d s   one stage after another: 0\.80 s
    # The stages overlap: well under the sum of every wait (about 0.2-0.3 s of 0.8 s) on an idle
    # machine. A timing, reported and not asserted: a busy machine stretches every wait.
    print("waits overlap:", elapsed < 0.6 * one_after_another)  # expect re: waits overlap: (True|False)
