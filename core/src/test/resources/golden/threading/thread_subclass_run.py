import threading

class Summer(threading.Thread):
    def __init__(self, numbers):
        super().__init__()
        self.numbers = numbers
        self.total = None

    def run(self):
        self.total = sum(self.numbers)

workers = [Summer(range(i * 100, (i + 1) * 100)) for i in range(3)]
print(workers[0].name)  # expect: Thread-1
for w in workers:
    w.start()
for w in workers:
    w.join()
print([w.total for w in workers], sum(w.total for w in workers))  # expect: [4950, 14950, 24950] 44850
