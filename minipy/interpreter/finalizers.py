"""__del__ methods: which objects have them called, and when.

An instance made by a class that has a __del__ method is registered with the collector's
finalizer queue (RPython's rgc.FinalizerQueue). Once the collector finds such an object
unreachable it keeps it alive, queues it and calls finalizer_trigger(), which only notes
that the queue has something: code run inside the collector must not run Python code.
The queued objects' __del__ run at the interpreter's next safe point: the periodic check
of the running thread (gil.periodic, every few milliseconds at a backward jump or a call),
during gc.collect(), and at exit. Each object's __del__ runs once. An exception in
__del__ is printed as CPython prints it ("Exception ignored in: ..." and the traceback)
and the program goes on.

CPython calls __del__ the moment the last reference goes; minipy, whose collector traces,
calls it after some later collection (as PyPy does), so prints from __del__ may come later
than in CPython; gc.collect() runs them at once. At exit, after atexit's functions, the
main module's names are dropped (CPython frees the main module's dict then), and a last
gc.collect() runs the __del__ of what that freed.

The STM build registers nothing (Boehm's finalizer queue is not safe with threads running
in parallel): there __del__ is not called.
"""
from rpython.rlib import rgc, jit
from minipy.objects.root import W_Root, OperationError
from minipy.concurrency.stm import barriers


class FinalizerState(object):
    def __init__(self):
        self.pending = False      # the collector queued objects since the last run
        self.running = False      # __del__ methods are being called (no nesting)
        self.registered = False   # some object with a __del__ was ever made


state = FinalizerState()


class DelQueue(rgc.FinalizerQueue):
    Class = W_Root

    def finalizer_trigger(self):
        state.pending = True


queue = DelQueue()


def register_if_finalized(w_type, w_obj):
    """w_obj was just made by w_type: queue it for __del__ if the class has one."""
    if barriers.ENABLED:
        return
    if w_type.lookup('__del__') is not None:
        _register(w_obj)


@jit.dont_look_inside
def _register(w_obj):
    state.registered = True
    queue.register_finalizer(w_obj)


def run_pending():
    """Call __del__ of every object the collector has queued (at a safe point); returns
    how many were called."""
    if not state.pending or state.running:
        return 0
    state.running = True
    count = 0
    try:
        while True:
            state.pending = False
            w_obj = queue.next_dead()
            if w_obj is None:
                break
            call_del(w_obj)
            count += 1
    finally:
        state.running = False
    return count


def call_del(w_obj):
    from minipy.interpreter import ops
    from minipy.builtins import modweakref
    w_del = w_obj.getclass().lookup('__del__')
    if w_del is None:
        return          # the class lost its __del__ since
    try:
        ops.call_function(w_del, [w_obj])
    except OperationError as e:
        modweakref.report_ignored(w_del, e)


# how many collections gc.collect() makes at most while they keep finding objects to finalize
MAX_ROUNDS = 100


def collect_and_run():
    """gc.collect(): a full collection, then the __del__ of what it found unreachable,
    again while there was any. (Of objects with __del__ that reach each other, the
    collector queues one per collection and keeps the others alive for it; CPython's
    gc.collect() finalizes the whole unreachable cycle.)"""
    if not state.registered:
        return              # nothing can be queued (gc.collect() still collects, later)
    for i in range(MAX_ROUNDS):
        rgc.collect()
        if run_pending() == 0:
            break


def at_exit(w_main_dict):
    """After the program and atexit: drop __main__'s names, as CPython's shutdown frees
    the main module's dict, then collect and call the __del__ of what that freed. Nothing
    to do when no object with a __del__ was ever made."""
    from minipy.objects.dictobject import W_DictObject
    from minipy.objects.strobject import W_StrObject
    from minipy.objects.noneobject import w_None
    if not state.registered:
        return
    assert isinstance(w_main_dict, W_DictObject)
    for w_key in w_main_dict.live_keys():
        if isinstance(w_key, W_StrObject) and w_key.utf8 == '__builtins__':
            continue
        w_main_dict.setitem(w_key, w_None)
    collect_and_run()
