import threading


class Counter:
    def __init__(self):
        self.value = 0
        self._lock = threading.Lock()

    def increment(self, n=1):
        with self._lock:
            self.value += n


class BankLedger:
    def __init__(self, accounts):
        self.balances = dict(accounts)
        self.lock = threading.RLock()
        self.transfers = 0

    def transfer(self, a, b, amount):
        with self.lock:
            if self.balances[a] >= amount:
                self._move(a, b, amount)
                return True
            return False

    def _move(self, a, b, amount):
        with self.lock:
            self.balances[a] -= amount
            self.balances[b] += amount
            self.transfers += 1


counter = Counter()
per_thread = [0] * 8


def work(idx, times):
    for _ in range(times):
        counter.increment()
        per_thread[idx] += 1


threads = [threading.Thread(target=work, args=(i, 2000 + i * 100)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter.value, "expected:", sum(2000 + i * 100 for i in range(8)))
print("per thread:", per_thread)

ledger = BankLedger({"a": 1000, "b": 1000, "c": 1000})
names = ["a", "b", "c"]


def shuffle_money(seed):
    x = seed
    for _ in range(300):
        x = (x * 48271) % 2147483647
        src = names[x % 3]
        dst = names[(x // 3) % 3]
        if src != dst:
            ledger.transfer(src, dst, x % 50)


ts = [threading.Thread(target=shuffle_money, args=(s,)) for s in (11, 22, 33, 44)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("total money conserved:", sum(ledger.balances.values()))
print("all non-negative:", all(v >= 0 for v in ledger.balances.values()))

event = threading.Event()
order = []
cond_lock = threading.Lock()


def waiter(i):
    event.wait()
    with cond_lock:
        order.append(i)


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for w in ws:
    w.start()
print("set before release:", event.is_set())
event.set()
for w in ws:
    w.join()
print("released:", sorted(order))

sem = threading.Semaphore(2)
active = 0
peak = 0
peak_lock = threading.Lock()


def limited(i):
    global active, peak
    with sem:
        with peak_lock:
            active += 1
            peak = max(peak, active)
        total = sum(range(10000))
        with peak_lock:
            active -= 1
    return total


ls = [threading.Thread(target=limited, args=(i,)) for i in range(6)]
for t in ls:
    t.start()
for t in ls:
    t.join()
print("peak concurrency <= 2:", peak <= 2, "active now:", active)
local = threading.local()


def use_local(v, out):
    local.value = v
    out.append(local.value * 2)


out = []
lt = [threading.Thread(target=use_local, args=(v, out)) for v in range(4)]
for t in lt:
    t.start()
for t in lt:
    t.join()
print("thread-local results:", sorted(out))
print("main has value:", hasattr(local, "value"))
