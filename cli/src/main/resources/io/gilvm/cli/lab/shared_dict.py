# gilvm lab: a shared dict. Three threads store N keys each (their own keys, and N keys all
# three write) in one dict; the program then checks that every key is there exactly once and
# that every value is one its writers stored.
# Usage: shared_dict.py N ROUNDS. Prints "@lab missing K" (keys lost or wrong, or a consistency
# check that failed) and "@lab errors K" (exceptions raised by the writers, or by freeing the
# dict) per round.
import sys
import threading


def writer(d, tid, n, errors):
    try:
        for i in range(n):
            d[(tid, i)] = tid
            d[i] = tid
    except Exception:
        errors.append(tid)


def check(d, n):
    missing = 0
    for tid in range(3):
        for i in range(n):
            if d.get((tid, i)) != tid:
                missing += 1
    for i in range(n):
        if d.get(i) not in (0, 1, 2):
            missing += 1
    keys = list(d.keys())
    if len(keys) != len(d) or len(set(keys)) != len(keys) or len(d) != 4 * n:
        missing += 1
    return missing


def main(n, rounds):
    for _ in range(rounds):
        d = {}
        errors = []
        threads = [threading.Thread(target=writer, args=(d, t, n, errors)) for t in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        try:
            missing = check(d, n)
        except Exception:
            missing = 1
        try:
            del d  # without object locks, freeing a dict a race left broken may raise too
        except Exception:
            errors.append("free")
        print(f"@lab missing {missing}")
        print(f"@lab errors {len(errors)}")


main(int(sys.argv[1]), int(sys.argv[2]))
