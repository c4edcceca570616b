# Four threads pull from one generator. A generator runs in one thread at a time: a thread that
# calls next() while another is inside it gets "ValueError: generator already executing" and
# tries again; every value comes out exactly once, and the generator ends for every thread.
import threading

N = 20000


def numbers():
    for i in range(N):
        yield i


gen = numbers()
got = [[] for _ in range(4)]
busy = [0] * 4


def worker(k):
    mine = got[k]
    while True:
        try:
            v = next(gen)
        except ValueError as e:
            if str(e) != "generator already executing":
                raise
            busy[k] += 1
            continue
        except StopIteration:
            break
        mine.append(v)


threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
values = sorted(v for part in got for v in part)
print(len(values), values == list(range(N)))
print(next(gen, "done"))


def again():
    yield next(inner)


inner = again()
try:
    next(inner)
except ValueError as e:
    print("re-entered:", e)


def closes_itself():
    me.close()
    yield 1


me = closes_itself()
try:
    next(me)
except ValueError as e:
    print("close while running:", e)
# expect: 20000 True
# expect: done
# expect: re-entered: generator already executing
# expect: close while running: generator already executing
