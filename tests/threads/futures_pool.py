"""concurrent.futures.ThreadPoolExecutor under load: 4 workers, hundreds of small jobs
through submit, map, as_completed, wait and done callbacks; a shared counter under a lock;
exceptions carried back by futures; shutdown(cancel_futures=True) with jobs still queued
(every job either ran or was cancelled, never both). Prints only invariants."""
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_EXCEPTION

lock = threading.Lock()
counter = [0]
callbacks = [0]


def job(n):
    with lock:
        counter[0] += 1
    if n % 50 == 49:
        raise ValueError(n)
    return n * n


def on_done(fut):
    with lock:
        callbacks[0] += 1


with ThreadPoolExecutor(max_workers=4) as pool:
    futures = [pool.submit(job, n) for n in range(400)]
    for f in futures:
        f.add_done_callback(on_done)
    ok = [f.result() for f in futures if f.exception() is None]
    print("submitted 400, ok", len(ok), "failed", sum(1 for f in futures if f.exception()))
    print("sum of squares ok:", sum(ok) == sum(n * n for n in range(400) if n % 50 != 49))
    print("map in order:", list(pool.map(abs, range(-300, 0))) == list(range(300, 0, -1)))
    seen = sorted(f.result() for f in as_completed([pool.submit(job, n) for n in range(40)]))
    print("as_completed all:", seen == [n * n for n in range(40)])
    done, not_done = wait([pool.submit(job, n) for n in range(45, 55)],
                          return_when=FIRST_EXCEPTION)
    print("first exception:", any(f.exception() is not None for f in done) or not not_done)
print("jobs run:", counter[0], "callbacks:", callbacks[0])

gate = threading.Event()
both_running = threading.Barrier(3, timeout=30)


def hold():
    both_running.wait()
    return gate.wait(30)


pool = ThreadPoolExecutor(max_workers=2)
held = [pool.submit(hold) for _ in range(2)]
both_running.wait()                    # the two workers are busy: the rest stays queued
queued = [pool.submit(job, n) for n in range(100)]
before = counter[0]
threading.Timer(0.02, gate.set).start()
pool.shutdown(wait=True, cancel_futures=True)
ran = sum(1 for f in queued if not f.cancelled())
print("after cancel_futures: ran + cancelled =", ran + sum(1 for f in queued if f.cancelled()),
      "counted:", counter[0] - before == ran, "held ok:", all(f.result() for f in held))
