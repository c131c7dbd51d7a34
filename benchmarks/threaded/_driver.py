"""The driver shared by the threaded benchmarks: command line, sharing out work, `atomic`.

Every program of this folder takes `THREADS SIZE [--mp]` (parse_args), splits a fixed total
amount of work among THREADS threads (map_tasks: one task per thread, or with --mp a
multiprocessing.Pool of THREADS processes; run_threads: one worker per thread over shares of
range(SIZE)), and prints a checksum that does not depend on the thread count. Programs that
share mutable state pass `no_mp`: with --mp they say on stderr that it is not meaningful and
exit with status 3.

`atomic` is minipy's transaction.atomic; where there is no `transaction` module (CPython,
PyPy) it is one module-level threading.Lock used as a context manager, so `with atomic:`
blocks must not nest. The file name starts with "_": the harness does not list it as a
program.
"""
import sys
import threading

try:
    from transaction import atomic
except ImportError:
    atomic = threading.Lock()


def parse_args(default_size, name=None, no_mp=None):
    """(threads, size, mp) from `THREADS SIZE [--mp]` (--mp may come anywhere).

    With `no_mp` (the reason) and --mp given: print "NAME: --mp is not meaningful (NO_MP)" on
    stderr and exit with status 3."""
    mp = "--mp" in sys.argv[1:]
    args = [a for a in sys.argv[1:] if a != "--mp"]
    threads = int(args[0]) if len(args) > 0 else 1
    size = int(args[1]) if len(args) > 1 else default_size
    if mp and no_mp is not None:
        print(f"{name}: --mp is not meaningful ({no_mp})", file=sys.stderr)
        sys.exit(3)
    return threads, size, mp


def shares(size, threads):
    """The (lo, hi) bounds of THREADS equal consecutive shares of range(size)."""
    return [(size * k // threads, size * (k + 1) // threads) for k in range(threads)]


def start_threads(target, arg_tuples):
    """One started thread per argument tuple, running target(*args)."""
    ts = [threading.Thread(target=target, args=args) for args in arg_tuples]
    for t in ts:
        t.start()
    return ts


def join_all(ts):
    for t in ts:
        t.join()


def run_threads(target, arg_tuples):
    """target(*args) for every argument tuple, each in its own thread; returns when all end."""
    join_all(start_threads(target, arg_tuples))


def _store(work, results, index, task):
    results[index] = work(task)


def map_tasks(work, tasks, mp=False):
    """[work(task) for task in tasks], one thread per task, or with mp a multiprocessing.Pool
    of len(tasks) processes (work must then be a module-level function)."""
    if mp:
        import multiprocessing
        with multiprocessing.Pool(len(tasks)) as pool:
            return pool.map(work, tasks)
    results = [None] * len(tasks)
    run_threads(_store, [(work, results, k, tasks[k]) for k in range(len(tasks))])
    return results
