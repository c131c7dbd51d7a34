"""Threads meet at a Barrier for 40 rounds; then an aborted and a timed-out barrier.

In each round every thread writes its slot, waits, and checks that every slot holds this
round's number (nobody ran ahead); the barrier's action counts rounds, and the indices
wait() returns in one round are exactly 0..parties-1.
"""
import threading

PARTIES = 4
ROUNDS = 40
slots = [-1] * PARTIES
rounds_done = [0]
bad = []
indices = [[] for r in range(ROUNDS)]
lock = threading.Lock()


def action():
    rounds_done[0] += 1


barrier = threading.Barrier(PARTIES, action=action)


def worker(k):
    for r in range(ROUNDS):
        slots[k] = r
        i = barrier.wait()
        with lock:
            indices[r].append(i)
        if slots != [r] * PARTIES:
            bad.append((k, r))
        barrier.wait()


threads = [threading.Thread(target=worker, args=(k,)) for k in range(PARTIES)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("rounds", rounds_done[0], "expected", 2 * ROUNDS)
print("nobody ran ahead", bad == [])
print("indices", all(sorted(ix) == list(range(PARTIES)) for ix in indices))
print("parties", barrier.parties, "waiting", barrier.n_waiting, "broken", barrier.broken)

# abort() breaks the barrier for the threads already waiting and for later ones.
b2 = threading.Barrier(3)
outcomes = []


def waiter():
    try:
        b2.wait()
        outcomes.append("passed")
    except threading.BrokenBarrierError:
        with lock:
            outcomes.append("broken")


ws = [threading.Thread(target=waiter) for i in range(2)]
for t in ws:
    t.start()
while b2.n_waiting < 2:
    pass
b2.abort()
for t in ws:
    t.join()
print("aborted", outcomes, b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("later wait: BrokenBarrierError", repr(str(e)))
b2.reset()
print("after reset broken", b2.broken)

# a timeout in wait() breaks the barrier too
b3 = threading.Barrier(2, timeout=0.02)
try:
    b3.wait()
except threading.BrokenBarrierError:
    print("timed out: broken", b3.broken)
