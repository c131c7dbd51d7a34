"""_thread, transaction and the per-thread execution context, untranslated (the host's
threads stand in for rthread's): few, small programs, compared with python3."""
from runner import compare

THREADS = '''
import _thread, sys
done = _thread.allocate_lock()
lock = _thread.allocate_lock()
box = [0]
left = [3]
def worker(k, m=0):
    try:
        raise ValueError(k)          # each thread has its own "exception being handled"
    except ValueError:
        for i in range(m):
            with lock:
                box[0] += 1
        assert sys.exc_info()[1].args == (k,)
    with lock:
        left[0] -= 1
        if left[0] == 0:
            done.release()
done.acquire()
for k in range(3):
    _thread.start_new_thread(worker, (k,), {"m": 50})
print(done.acquire(True, 30), box[0], sys.exc_info())
l = _thread.allocate_lock()
print(l.acquire(), l.acquire(False), l.acquire(True, 0.01), l.locked())
try:
    l.acquire(False, 1)
except ValueError as e:
    print(e)
l.release()
try:
    l.release()
except RuntimeError as e:
    print(e)
print(sys.getswitchinterval())
'''


def test_threads_locks_and_exception_state():
    compare(THREADS)


THREADING = '''
import threading
try:
    import transaction
    atomic = transaction.atomic
except ImportError:
    atomic = threading.Lock()
n = [0]
def work():
    for i in range(30):
        with atomic:
            n[0] += 1
ts = [threading.Thread(target=work) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(n[0], threading.active_count())
'''


def test_threading_and_atomic():
    compare(THREADING)
