"""Task scheduler simulation in the style of the classic 'richards' benchmark.

A small operating-system kernel: task control blocks with priorities, a
ready/blocked/suspended state machine, packets passed between an idle task,
worker tasks, handler tasks and device tasks. Our own design; exercises
method calls, attribute access and linked lists of objects.

usage: richards.py [SIZE [ITERATIONS]]   SIZE = scheduler rounds of the idle task
"""
# bench: size=4000 quick=300 iters=8 quick_iters=2
from _timing import run_bench

KIND_WORK = 1
KIND_DEVICE = 2

ID_IDLE = 0
ID_WORK = 1
ID_HANDLER_A = 2
ID_HANDLER_B = 3
ID_DEVICE_A = 4
ID_DEVICE_B = 5
NTASKS = 6


class Packet:
    def __init__(self, link, owner, kind):
        self.link = link
        self.owner = owner
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
    """Base task: a control block with a priority, a packet queue and a state."""

    def __init__(self, sched, ident, priority, queue):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = queue is not None
        self.held = False
        self.next_task = sched.task_list
        sched.task_list = self
        sched.table[ident] = self

    def runnable(self):
        return not self.held and (self.queue is not None or not self.waiting)

    def take_packet(self):
        pkt = self.queue
        if pkt is not None:
            self.queue = pkt.link
            pkt.link = None
        return pkt

    def receive(self, pkt, current):
        """A packet arrives; returns the task to run next."""
        if self.queue is None:
            self.queue = pkt
            pkt.link = None
            self.waiting = False
            if self.priority > current.priority:
                return self
        else:
            self.queue = pkt.append_to(self.queue)
        return current

    def step(self, pkt):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, sched, ident, priority, rounds):
        Task.__init__(self, sched, ident, priority, None)
        self.seed = 1
        self.rounds = rounds

    def step(self, pkt):
        self.rounds -= 1
        if self.rounds == 0:
            return self.sched.hold_self()
        if self.seed & 1 == 0:
            self.seed = self.seed >> 1
            return self.sched.release(ID_DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.sched.release(ID_DEVICE_B)


class WorkTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue)
        self.dest = ID_HANDLER_A
        self.letter = 0

    def step(self, pkt):
        if pkt is None:
            return self.sched.wait()
        if self.dest == ID_HANDLER_A:
            self.dest = ID_HANDLER_B
        else:
            self.dest = ID_HANDLER_A
        pkt.owner = self.dest
        pkt.count = 0
        for i in range(4):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            pkt.data[i] = self.letter
        return self.sched.send(pkt, self.dest)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue)
        self.work_in = None
        self.device_in = None

    def step(self, pkt):
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work_in = pkt.append_to(self.work_in)
            else:
                self.device_in = pkt.append_to(self.device_in)
        work = self.work_in
        if work is not None:
            n = work.count
            if n < 4:
                dev = self.device_in
                if dev is not None:
                    self.device_in = dev.link
                    dev.count = work.data[n]
                    work.count = n + 1
                    return self.sched.send(dev, dev.owner)
            else:
                self.work_in = work.link
                return self.sched.send(work, ID_WORK)
        return self.sched.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        Task.__init__(self, sched, ident, priority, None)
        self.pending = None

    def step(self, pkt):
        if pkt is None:
            p = self.pending
            if p is None:
                return self.sched.wait()
            self.pending = None
            return self.sched.send(p, ID_HANDLER_A if self.ident == ID_DEVICE_A else ID_HANDLER_B)
        self.pending = pkt
        self.sched.output += pkt.count
        return self.sched.hold_self()


class Scheduler:
    def __init__(self):
        self.task_list = None
        self.table = [None] * NTASKS
        self.current = None
        self.holds = 0
        self.sends = 0
        self.output = 0

    def hold_self(self):
        self.holds += 1
        self.current.held = True
        return self.current.next_task

    def wait(self):
        self.current.waiting = True
        return self.current

    def release(self, ident):
        t = self.table[ident]
        t.held = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def send(self, pkt, ident):
        self.sends += 1
        t = self.table[ident]
        pkt.owner = self.current.ident
        return t.receive(pkt, self.current)

    def run(self):
        t = self.task_list
        while t is not None:
            if t.runnable():
                self.current = t
                pkt = None
                if t.queue is not None and not t.held:
                    pkt = t.take_packet()
                    if t.queue is None:
                        t.waiting = False
                t = t.step(pkt)
            else:
                t = t.next_task


def build(rounds):
    s = Scheduler()
    IdleTask(s, ID_IDLE, 0, rounds)
    q = Packet(None, ID_WORK, KIND_WORK)
    q = Packet(q, ID_WORK, KIND_WORK)
    WorkTask(s, ID_WORK, 1000, q)
    q = Packet(None, ID_DEVICE_A, KIND_DEVICE)
    q = Packet(q, ID_DEVICE_A, KIND_DEVICE)
    q = Packet(q, ID_DEVICE_A, KIND_DEVICE)
    HandlerTask(s, ID_HANDLER_A, 2000, q)
    q = Packet(None, ID_DEVICE_B, KIND_DEVICE)
    q = Packet(q, ID_DEVICE_B, KIND_DEVICE)
    q = Packet(q, ID_DEVICE_B, KIND_DEVICE)
    HandlerTask(s, ID_HANDLER_B, 3000, q)
    DeviceTask(s, ID_DEVICE_A, 4000)
    DeviceTask(s, ID_DEVICE_B, 5000)
    return s


def bench(size):
    total = 0
    for k in range(10):
        s = build(size + k)
        s.run()
        total += s.holds * 7 + s.sends * 3 + s.output
    return total


run_bench("richards", bench, 4000, 8, empty=0)
