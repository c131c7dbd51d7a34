# A cancelled job's result() asked for anyway: the uncaught CancelledError prints with its
# module (concurrent.futures._base.CancelledError) after the jobs that did run.
from concurrent.futures import ThreadPoolExecutor
import threading

gate = threading.Event()
with ThreadPoolExecutor(max_workers=1) as pool:
    blocker = pool.submit(gate.wait, 30)
    jobs = [pool.submit(sum, range(n)) for n in (10, 100, 1000)]
    print("cancelled the middle job:", jobs[1].cancel())
    gate.set()
for job in jobs:
    print("result:", job.result())
