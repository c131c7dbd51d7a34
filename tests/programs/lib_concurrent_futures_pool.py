# concurrent.futures.ThreadPoolExecutor as programs use it: submit and map (timeout and
# chunksize accepted), as_completed and wait, exceptions raised again by result() and map,
# done callbacks, an initializer per worker, named worker threads, shutdown and its errors,
# and a pool never shut down whose pending work still runs when the main module ends.
# Results are ordered by submission (or sorted), never by completion.
import concurrent.futures
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, ALL_COMPLETED


def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def count_primes(lo, hi):
    return sum(1 for n in range(lo, hi) if is_prime(n))


def parse(text):
    return int(text)


with ThreadPoolExecutor(max_workers=4) as pool:
    futures = [pool.submit(count_primes, lo, lo + 250) for lo in range(0, 2000, 250)]
    print("primes per block:", [f.result() for f in futures])
    print("total:", sum(f.result() for f in futures))
    print("map:", list(pool.map(count_primes, [0, 100, 1000], [100, 200, 1100])))
    print("map chunksize/timeout:", list(pool.map(pow, [2, 3, 5], [10, 4, 3], timeout=30,
                                                  chunksize=2)))
    by_future = {pool.submit(parse, t): t for t in ["12", "x7", "40", "", "3"]}
    good, bad = [], []
    for f in as_completed(by_future, timeout=30):
        if f.exception() is None:
            good.append((by_future[f], f.result()))
        else:
            bad.append((by_future[f], type(f.exception()).__name__, str(f.exception())))
    print("parsed:", sorted(good))
    print("failed:", sorted(bad))
    try:
        print(list(pool.map(parse, ["1", "2", "three", "4"])))
    except ValueError as e:
        print("map re-raised:", e)
    done, not_done = wait([pool.submit(count_primes, 0, n) for n in (10, 20, 30)],
                          return_when=ALL_COMPLETED)
    print("wait:", sorted(f.result() for f in done), len(not_done))

# callbacks run once each future is done (in the worker or, when already done, at once)
finished = []
lock = threading.Lock()


def record(fut):
    with lock:
        finished.append(fut.result())


with ThreadPoolExecutor(3) as pool:
    for n in [5, 1, 4, 2, 3]:
        pool.submit(lambda k: k * 10, n).add_done_callback(record)
f = concurrent.futures.Future()
f.set_result(99)
f.add_done_callback(record)
print("callbacks:", sorted(finished))

# an initializer runs in each worker thread before its first call
local = threading.local()


def setup(tag):
    local.tag = tag


def tagged(x):
    return "%s:%d" % (local.tag, x)


with ThreadPoolExecutor(2, thread_name_prefix="loader", initializer=setup,
                        initargs=("w",)) as pool:
    print("initializer:", list(pool.map(tagged, range(5))))
    names = set(pool.map(lambda _: threading.current_thread().name, range(6)))
    print("thread names:", all(n in ("loader_0", "loader_1") for n in names))

pool = ThreadPoolExecutor(max_workers=2)
print("after shutdown:", pool.submit(len, "abc").result(), end=" ")
pool.shutdown(wait=True)
try:
    pool.submit(len, "abc")
except RuntimeError as e:
    print(e)
pool.shutdown()                       # a second shutdown does nothing
for bad_args in [{"max_workers": 0}, {"max_workers": -3}, {"initializer": "setup"}]:
    try:
        ThreadPoolExecutor(**bad_args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

# a pool that is never shut down: its workers finish the pending work at exit
gate = threading.Event()


def late(n):
    gate.wait(30)
    print("late work done:", n * n)


leftover = ThreadPoolExecutor(1)
leftover.submit(late, 12)
print("main module done")
gate.set()
