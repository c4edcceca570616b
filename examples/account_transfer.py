# Transfers between two accounts from eight threads, each transfer holding both accounts'
# locks, always taken in the same order (lower id first) so that opposite transfers cannot
# deadlock. The total is conserved and, since every worker does the same transfers, so are the
# final balances, whatever the interleaving.
import threading


class Account:
    def __init__(self, ident, balance):
        self.ident = ident
        self.balance = balance
        self.lock = threading.Lock()


def transfer(src, dst, amount):
    first, second = (src, dst) if src.ident < dst.ident else (dst, src)
    with first.lock:
        with second.lock:
            src.balance -= amount
            dst.balance += amount


accounts = [Account(0, 1000), Account(1, 1000)]


def worker(k):
    for i in range(2000):
        if (i + k) % 2:
            transfer(accounts[0], accounts[1], 3)
        else:
            transfer(accounts[1], accounts[0], 2)


threads = [threading.Thread(target=worker, args=(k,)) for k in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(accounts[0].balance, accounts[1].balance)  # expect: -7000 9000
print("total:", accounts[0].balance + accounts[1].balance)  # expect: total: 2000
