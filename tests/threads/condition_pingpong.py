"""Two threads take turns through one Condition: ping, pong, ping, ... 500 times each.

A shared `turn` says whose move it is; each thread waits on the condition until it is its
turn (wait_for), appends its mark and hands the turn over with notify.  The log must be
strictly alternating.  Then a wait with a timeout and nobody notifying returns False, and
wait/notify without holding the lock raise RuntimeError with CPython's messages.
"""
import threading

ROUNDS = 500
cond = threading.Condition()
state = {"turn": "ping"}
log = []


def player(me, other):
    for i in range(ROUNDS):
        with cond:
            cond.wait_for(lambda: state["turn"] == me)
            log.append(me)
            state["turn"] = other
            cond.notify()


a = threading.Thread(target=player, args=("ping", "pong"))
b = threading.Thread(target=player, args=("pong", "ping"))
a.start()
b.start()
a.join()
b.join()
alternating = all(log[i] == ("ping" if i % 2 == 0 else "pong") for i in range(len(log)))
print("moves", len(log), "alternating", alternating)

with cond:
    print("timed wait", cond.wait(0.01))
    print("wait_for timeout", cond.wait_for(lambda: False, timeout=0.01))
for op in ("wait", "notify", "notify_all"):
    try:
        getattr(cond, op)()
    except RuntimeError as e:
        print(op, "RuntimeError:", e)

# notify(n) wakes exactly n waiters; notify_all the rest.  Two conditions share one lock
# (as queue.Queue's do): the sleepers wait on one, the main thread on the other.
shared_lock = threading.Lock()
plain = threading.Condition(shared_lock)
all_ready = threading.Condition(shared_lock)
woken = []
ready = [0]
awake = threading.Semaphore(0)


def sleeper(k):
    with plain:
        ready[0] += 1
        all_ready.notify()
        plain.wait()
        woken.append(k)
    awake.release()


sleepers = [threading.Thread(target=sleeper, args=(k,)) for k in range(5)]
for t in sleepers:
    t.start()
with plain:
    all_ready.wait_for(lambda: ready[0] == 5)
    plain.notify(2)
print("after notify(2)", awake.acquire(timeout=30), awake.acquire(timeout=30),
      awake.acquire(timeout=0.05), len(woken))
with plain:
    plain.notify_all()
for t in sleepers:
    t.join()
print("after notify_all", sorted(woken))
