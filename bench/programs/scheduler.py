# A scheduler simulation: tasks of several kinds (workers, devices, a handler, an idler) as
# objects with state, queued packets passed between them, a run loop picking the highest-priority
# ready task. Attribute access, method calls, linked lists, small integers.


class Packet:
    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.count = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, sched, ident, priority, queue):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = queue is None
        self.held = False
        self.next = sched.tasks
        sched.tasks = self
        sched.by_id[ident] = self

    def ready(self):
        return not self.held and not (self.waiting and self.queue is None)

    def take(self):
        p = self.queue
        if p is None:
            return None
        self.queue = p.link
        p.link = None
        return p

    def receive(self, packet):
        self.queue = packet.append_to(self.queue)
        self.waiting = False


class Idler(Task):
    """Counts down; on each step releases one of the two devices, chosen by a shift register."""

    def __init__(self, sched, ident, priority, count):
        Task.__init__(self, sched, ident, priority, None)
        self.waiting = False
        self.seed = 1
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            self.held = True
            return None
        if self.seed & 1:
            self.seed = (self.seed >> 1) ^ 0xD008
            return self.sched.release(5)
        self.seed >>= 1
        return self.sched.release(4)


class Worker(Task):
    """Fills each work packet it gets with four letters and hands it to the handler."""

    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue)
        self.letter = 0

    def step(self, packet):
        if packet is None:
            self.waiting = True
            return None
        packet.dest = 3
        packet.count = 0
        for i in range(4):
            self.letter = (self.letter + 1) % 26
            packet.data[i] = self.letter
        return self.sched.send(packet)


class Handler(Task):
    """Moves the letters of work packets into device packets, one at a time, for the devices."""

    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue)
        self.work = None
        self.devices = None
        self.turn = 4

    def step(self, packet):
        if packet is not None:
            if packet.kind == 1:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        if self.work is not None:
            w = self.work
            if w.count < 4:
                if self.devices is not None:
                    d = self.devices
                    self.devices = d.link
                    d.data[0] = w.data[w.count]
                    w.count += 1
                    d.dest = self.turn
                    self.turn = 9 - self.turn
                    return self.sched.send(d)
            else:
                self.work = w.link
                w.dest = 2
                return self.sched.send(w)
        self.waiting = True
        return None


class Device(Task):
    """Holds each packet it gets until the idler releases it, then returns it to the handler."""

    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue)
        self.pending = None
        self.total = 0

    def step(self, packet):
        if packet is None:
            if self.pending is None:
                self.waiting = True
                return None
            p = self.pending
            self.pending = None
            self.total += p.data[0]
            p.dest = 3
            return self.sched.send(p)
        self.pending = packet
        self.sched.hold_count += 1
        self.held = True
        return None


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.by_id = {}
        self.hold_count = 0
        self.sends = 0

    def release(self, ident):
        t = self.by_id[ident]
        t.held = False
        return t

    def send(self, packet):
        self.sends += 1
        t = self.by_id[packet.dest]
        t.receive(packet)
        return t

    def run(self):
        while True:
            t = self.tasks
            best = None
            while t is not None:
                if t.ready() and (best is None or t.priority > best.priority):
                    best = t
                t = t.next
            if best is None:
                return
            best.step(best.take())


def simulate(count):
    s = Scheduler()
    Idler(s, 1, 0, count)
    work = Packet(None, 2, 1).append_to(Packet(None, 2, 1))
    Worker(s, 2, 1000, work)
    devices = Packet(None, 3, 0).append_to(Packet(None, 3, 0).append_to(Packet(None, 3, 0)))
    Handler(s, 3, 2000, devices)
    d4 = Device(s, 4, 4000, None)
    d5 = Device(s, 5, 5000, None)
    s.run()
    return s.sends, s.hold_count, d4.total + d5.total


sends, holds, total = simulate(100_000)
print(sends, holds, total)  # expect: 125141 50057 625641
print("ok" if sends > 0 and holds > 0 else "stalled")  # expect: ok
