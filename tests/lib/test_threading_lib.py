"""minipy/lib/threading.py and queue.py, run on CPython's real _thread, against CPython's
own threading and queue: the same results, the same error messages, and the invariants of
threaded code kept over many repeated runs."""
import ast
import io
import re
import sys
import threading as cpy_threading
import queue as cpy_queue
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "threads" / "harness"))
import ourlib  # noqa: E402

LIB = ROOT / "minipy" / "lib"
REPEAT = 20


@pytest.fixture(scope="module")
def ours():
    return ourlib.load()


@pytest.fixture(scope="module")
def th(ours):
    return ours.threading


@pytest.fixture(scope="module")
def qm(ours):
    return ours.queue


def outcome(fn, *args, **kwargs):
    try:
        return ("ok", fn(*args, **kwargs))
    except Exception as e:
        return ("raise", type(e).__name__, str(e))


def start_all(threads):
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
        assert not t.is_alive()


# ---------------------------------------------------------------- the module itself

def test_imports_only_what_minipy_has():
    # (warnings only for the DeprecationWarnings of the camelCase aliases)
    allowed = {"_thread", "sys", "time", "threading", "collections", "heapq", "warnings"}
    for name in ("threading.py", "queue.py"):
        tree = ast.parse((LIB / name).read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                assert {a.name for a in node.names} <= allowed, (name, node.lineno)
            elif isinstance(node, ast.ImportFrom):
                assert node.module in allowed, (name, node.lineno)


def test_house_rules():
    forbidden = {"exec", "eval", "compile", "_getframe", "weakref", "abc", "typing",
                 "__import__", "itertools", "functools"}
    for name in ("threading.py", "queue.py"):
        tree = ast.parse((LIB / name).read_text())
        assert ast.get_docstring(tree), name
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                assert not node.keywords, (name, node.name)
            elif isinstance(node, ast.Name):
                assert node.id not in forbidden, (name, node.id)
            elif isinstance(node, ast.Attribute):
                assert node.attr not in forbidden, (name, node.attr)
            elif isinstance(node, (ast.Yield, ast.YieldFrom, ast.Global, ast.Nonlocal)):
                raise AssertionError("%s line %d: %s" % (name, node.lineno, type(node)))


def test_no_polling_or_sleeping():
    for name in ("threading.py", "queue.py"):
        text = (LIB / name).read_text()
        assert ".sleep(" not in text and "import time" not in text.replace(
            "import time\n", "", 1), name


def test_api_names(th, qm):
    for n in ["Thread", "current_thread", "main_thread", "get_ident", "active_count",
              "enumerate", "Lock", "RLock", "Condition", "Semaphore", "BoundedSemaphore",
              "Event", "Barrier", "BrokenBarrierError", "local", "excepthook",
              "__excepthook__", "ExceptHookArgs", "TIMEOUT_MAX", "ThreadError", "Timer",
              "get_native_id", "currentThread", "activeCount"]:
        assert hasattr(cpy_threading, n), n
        assert hasattr(th, n), n
    for n in ["Queue", "LifoQueue", "PriorityQueue", "SimpleQueue", "Empty", "Full"]:
        assert hasattr(qm, n), n
    assert th.TIMEOUT_MAX == cpy_threading.TIMEOUT_MAX
    assert th.ThreadError is RuntimeError
    assert issubclass(th.BrokenBarrierError, RuntimeError)


# ---------------------------------------------------------------- locks

def test_lock_counter_many_runs(th):
    for run in range(REPEAT):
        lock = th.Lock()
        box = [0]

        def work():
            for i in range(300):
                with lock:
                    box[0] += 1
        start_all([th.Thread(target=work) for k in range(4)])
        assert box[0] == 1200


def test_rlock_reentrancy_and_errors(th):
    for mod in (th, cpy_threading):
        r = mod.RLock()
        assert outcome(r.release) == ("raise", "RuntimeError", "cannot release un-acquired lock")
        assert r.acquire() is True and r.acquire() is True
        assert r.acquire(False) is True
        seen = []

        def other():
            seen.append(r.acquire(False))
            seen.append(r.acquire(True, 0.01))
            seen.append(outcome(r.release))
        start_all([mod.Thread(target=other)])
        assert seen == [False, False, ("raise", "RuntimeError", "cannot release un-acquired lock")]
        r.release()
        r.release()
        r.release()
        assert outcome(r.release)[0] == "raise"
        with r:
            with r:
                assert r._is_owned()
        assert not r._is_owned()


def test_rlock_repr(th):
    """As CPython's _thread.RLock: the owner's ident (0 when free), and the repr leaves
    the lock as it was."""
    r = th.RLock()
    assert re.fullmatch(r"<unlocked _thread\.RLock object owner=0 count=0 at 0x[0-9a-f]+>",
                        repr(r))
    with r:
        assert re.fullmatch(r"<locked _thread\.RLock object owner=%d count=1 at 0x[0-9a-f]+>"
                            % th.get_ident(), repr(r))
    assert r.acquire(False)
    r.release()


def test_rlock_exclusion_many_runs(th):
    for run in range(REPEAT):
        r = th.RLock()
        inside = [0]
        bad = []

        def work():
            for i in range(50):
                with r:
                    with r:
                        inside[0] += 1
                        if inside[0] != 1:
                            bad.append(inside[0])
                        inside[0] -= 1
        start_all([th.Thread(target=work) for k in range(3)])
        assert bad == []


# ---------------------------------------------------------------- conditions

def test_condition_errors_match_cpython(th):
    for fn in [lambda m: m.Condition().wait(), lambda m: m.Condition().notify(),
               lambda m: m.Condition(m.Lock()).wait(0), lambda m: m.Condition().notify_all(),
               lambda m: m.Condition(m.Lock()).notify()]:
        assert outcome(fn, th) == outcome(fn, cpy_threading)


def test_condition_timeouts(th):
    for mod in (th, cpy_threading):
        c = mod.Condition()
        with c:
            t0 = time.monotonic()
            assert c.wait(0.02) is False
            assert time.monotonic() - t0 >= 0.015
            assert c.wait(0) is False
            assert c.wait_for(lambda: 0, timeout=0.01) == 0
            assert c.wait_for(lambda: "yes", timeout=0.01) == "yes"
        assert "Condition(<unlocked" in repr(c) or "Condition(<unlocked" in repr(c)


def test_condition_handoff_many_runs(th):
    for run in range(REPEAT):
        c = th.Condition()
        state = {"turn": 0}
        log = []

        def player(me):
            for i in range(20):
                with c:
                    c.wait_for(lambda: state["turn"] == me)
                    log.append(me)
                    state["turn"] = 1 - me
                    c.notify_all()
        start_all([th.Thread(target=player, args=(k,)) for k in (0, 1)])
        assert log == [0, 1] * 20


def test_condition_notify_counts(th):
    lock = th.Lock()
    sleepers = th.Condition(lock)
    main = th.Condition(lock)
    ready = [0]
    woken = []
    awake = th.Semaphore(0)

    def sleeper(k):
        with sleepers:
            ready[0] += 1
            main.notify()
            sleepers.wait()
            woken.append(k)
        awake.release()
    ts = [th.Thread(target=sleeper, args=(k,)) for k in range(4)]
    for t in ts:
        t.start()
    with lock:
        assert main.wait_for(lambda: ready[0] == 4, timeout=30)
        assert len(sleepers._waiters) == 4
        sleepers.notify(3)
    assert all(awake.acquire(timeout=30) for i in range(3))
    assert not awake.acquire(timeout=0.05)
    with lock:
        sleepers.notify_all()
    start_all([])
    for t in ts:
        t.join(30)
    assert sorted(woken) == [0, 1, 2, 3]


# ---------------------------------------------------------------- semaphores, events

def test_semaphore_errors_match_cpython(th):
    cases = [lambda m: m.Semaphore(-1), lambda m: m.Semaphore(1).release(0),
             lambda m: m.Semaphore(1).acquire(False, 1),
             lambda m: m.BoundedSemaphore(1).release(),
             lambda m: m.BoundedSemaphore(2).release(2),
             lambda m: m.Semaphore(0).acquire(False),
             lambda m: m.Semaphore(0).acquire(timeout=0.01),
             lambda m: m.Semaphore(2).acquire(timeout=0.01)]
    for fn in cases:
        assert outcome(fn, th) == outcome(fn, cpy_threading)


def test_semaphore_repr(th):
    assert re.fullmatch(r"<threading\.Semaphore at 0x[0-9a-f]+: value=2>", repr(th.Semaphore(2)))
    b = th.BoundedSemaphore(3)
    b.acquire()
    assert re.fullmatch(r"<threading\.BoundedSemaphore at 0x[0-9a-f]+: value=2/3>", repr(b))


def test_semaphore_limits_concurrency_many_runs(th):
    for run in range(REPEAT // 2):
        pool = th.BoundedSemaphore(2)
        lock = th.Lock()
        inside = [0, 0]

        def work():
            for i in range(20):
                with pool:
                    with lock:
                        inside[0] += 1
                        inside[1] = max(inside[1], inside[0])
                    time.sleep(0)
                    with lock:
                        inside[0] -= 1
        start_all([th.Thread(target=work) for k in range(5)])
        assert inside == [0, 2] or inside == [0, 1]


def test_event(th):
    for mod in (th, cpy_threading):
        e = mod.Event()
        assert (e.is_set(), e.wait(0.01), e.wait(0)) == (False, False, False)
        e.set()
        assert (e.is_set(), e.wait(), e.wait(0.01)) == (True, True, True)
        assert mod is cpy_threading or e.isSet()
        e.clear()
        assert e.is_set() is False
    assert re.fullmatch(r"<threading\.Event at 0x[0-9a-f]+: unset>", repr(th.Event()))


def test_event_relay_many_runs(th):
    for run in range(REPEAT):
        evs = [th.Event() for i in range(5)]
        order = []

        def step(k):
            evs[k].wait()
            order.append(k)
            evs[k + 1].set()
        ts = [th.Thread(target=step, args=(k,)) for k in range(4)]
        for t in reversed(ts):
            t.start()
        evs[0].set()
        assert evs[4].wait(30)
        start_all([])
        for t in ts:
            t.join(30)
        assert order == [0, 1, 2, 3]


# ---------------------------------------------------------------- barrier

def test_barrier_rounds_many_runs(th):
    for run in range(REPEAT // 2):
        trips = [0]
        b = th.Barrier(3, action=lambda: trips.__setitem__(0, trips[0] + 1))
        idx = []
        lock = th.Lock()

        def work():
            for r in range(10):
                i = b.wait()
                with lock:
                    idx.append((r, i))
        start_all([th.Thread(target=work) for k in range(3)])
        assert trips[0] == 10
        assert sorted(idx) == [(r, i) for r in range(10) for i in range(3)]
        assert (b.n_waiting, b.broken, b.parties) == (0, False, 3)


def test_barrier_abort_reset_timeout(th):
    for mod in (th, cpy_threading):
        b = mod.Barrier(3)
        got = []

        def w():
            got.append(outcome(b.wait))
        ts = [mod.Thread(target=w) for k in range(2)]
        for t in ts:
            t.start()
        deadline = time.monotonic() + 30
        while b.n_waiting < 2 and time.monotonic() < deadline:
            time.sleep(0.001)
        assert b.n_waiting == 2
        b.abort()
        start_all([])
        for t in ts:
            t.join(30)
        assert got == [("raise", "BrokenBarrierError", "")] * 2
        assert b.broken and b.n_waiting == 0
        assert outcome(b.wait)[:2] == ("raise", "BrokenBarrierError")
        b.reset()
        assert not b.broken
        t = mod.Barrier(2, timeout=0.01)
        assert outcome(t.wait)[:2] == ("raise", "BrokenBarrierError")
        assert t.broken
        assert outcome(mod.Barrier(2).wait, 0.01)[:2] == ("raise", "BrokenBarrierError")


def test_barrier_reset_while_waiting_and_failing_action(th):
    for mod in (th, cpy_threading):
        b = mod.Barrier(2)
        got = []
        t = mod.Thread(target=lambda: got.append(outcome(b.wait)))
        t.start()
        while b.n_waiting < 1:
            time.sleep(0.001)
        b.reset()
        t.join(30)
        assert got == [("raise", "BrokenBarrierError", "")]
        assert not b.broken
        # usable again after the reset
        t = mod.Thread(target=lambda: got.append(outcome(b.wait)))
        t.start()
        second = outcome(b.wait)
        t.join(30)
        assert sorted([got[1][1], second[1]]) == [0, 1]

        def bad_action():
            raise KeyError("x")
        b = mod.Barrier(2, action=bad_action)
        got = []
        t = mod.Thread(target=lambda: got.append(outcome(b.wait)))
        t.start()
        while b.n_waiting < 1:
            time.sleep(0.001)
        mine = outcome(b.wait)
        t.join(30)
        assert mine == ("raise", "KeyError", "'x'")
        assert got == [("raise", "BrokenBarrierError", "")]
        assert b.broken
    assert re.fullmatch(r"<threading\.Barrier at 0x[0-9a-f]+: waiters=0/2>",
                        repr(th.Barrier(2)))
    b = th.Barrier(2)
    b.abort()
    assert re.fullmatch(r"<threading\.Barrier at 0x[0-9a-f]+: broken>", repr(b))


# ---------------------------------------------------------------- threads

def _name_sequence(mod):
    def job():
        pass

    class Call:
        def __call__(self):
            pass

    class Sub(mod.Thread):
        pass
    first = mod.Thread().name
    base = int(first.split("-")[1])
    names = [mod.Thread(target=job).name, mod.Thread(target=lambda: 0).name,
             mod.Thread(target=Call()).name, mod.Thread(name="x").name,
             mod.Thread(name=7).name, Sub().name, mod.Thread(target=job, name="").name,
             mod.Timer(1, job).name]
    return [re.sub(r"Thread-(\d+)", lambda m: "Thread-+%d" % (int(m.group(1)) - base), n)
            for n in names]


def test_thread_names_match_cpython(th):
    assert _name_sequence(th) == _name_sequence(cpy_threading)


def test_thread_errors_match_cpython(th):
    def start_twice(m):
        t = m.Thread(target=lambda: 0)
        t.start()
        t.join()
        t.start()

    def join_unstarted(m):
        m.Thread().join()

    def join_self(m):
        m.current_thread().join()

    def daemon_after_start(m):
        ev = m.Event()
        t = m.Thread(target=ev.wait)
        t.start()
        try:
            t.daemon = True
        finally:
            ev.set()
            t.join()

    def bad_group(m):
        m.Thread(group=1)

    def bad_kw(m):
        m.Thread(None, None, None, (), None, True)

    for fn in [start_twice, join_unstarted, join_self, daemon_after_start, bad_group, bad_kw]:
        assert outcome(fn, th) == outcome(fn, cpy_threading), fn.__name__


def test_thread_lifecycle_and_repr(th):
    def norm(r):
        return re.sub(r" \d+\)>$", " N)>", r)
    for mod in (th, cpy_threading):
        ev = mod.Event()
        t = mod.Thread(target=ev.wait, name="w")
        assert (t.is_alive(), t.ident, t.native_id) == (False, None, None)
        assert repr(t) == "<Thread(w, initial)>"
        t.start()
        assert t.is_alive() and isinstance(t.ident, int) and isinstance(t.native_id, int)
        assert norm(repr(t)) == "<Thread(w, started N)>"
        t.join(0.02)
        assert t.is_alive()
        ev.set()
        t.join()
        assert not t.is_alive()
        assert norm(repr(t)) == "<Thread(w, stopped N)>"
        d = mod.Thread(daemon=True)
        assert repr(d) == "<Thread(%s, initial daemon)>" % d.name
        assert norm(repr(mod.main_thread())) == "<_MainThread(MainThread, started N)>"


def test_run_override_and_args(th):
    out = []

    class W(th.Thread):
        def __init__(self, k):
            th.Thread.__init__(self)
            self.k = k

        def run(self):
            out.append((self.k, th.current_thread() is self, th.current_thread().name))

    ws = [W(k) for k in range(3)]
    start_all(ws)
    assert sorted(out) == [(k, True, ws[k].name) for k in range(3)]
    got = []
    start_all([th.Thread(target=lambda a, b, c=0: got.append((a, b, c)), args=(1, 2),
                         kwargs={"c": 3})])
    assert got == [(1, 2, 3)]


def test_daemon_inheritance(th):
    for mod in (th, cpy_threading):
        seen = []

        def inner():
            seen.append(mod.current_thread().daemon)

        def outer():
            t = mod.Thread(target=inner)
            seen.append(t.daemon)
            t.start()
            t.join()
        start_all([mod.Thread(target=outer, daemon=True), mod.Thread(target=outer)])
        assert sorted(seen) == [False, False, True, True]
        assert mod.main_thread().daemon is False


def test_current_main_enumerate_active_count(th):
    assert th.current_thread() is th.main_thread()
    assert th.main_thread().name == "MainThread"
    assert th.get_ident() == th.main_thread().ident == cpy_threading.get_ident()
    base = th.active_count()
    release = th.Event()
    started = th.Semaphore(0)

    def hold():
        started.release()
        release.wait()
    ts = [th.Thread(target=hold) for k in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        assert started.acquire(timeout=30)
    assert th.active_count() == base + 3
    alive = th.enumerate()
    assert all(t in alive for t in ts) and th.main_thread() in alive
    release.set()
    for t in ts:
        t.join()
    assert th.active_count() == base
    assert not any(t in th.enumerate() for t in ts)


def test_dummy_thread_for_foreign_threads(th):
    import _thread
    got = []
    done = _thread.allocate_lock()
    done.acquire()

    def foreign():
        t = th.current_thread()
        got.append((t.name.startswith("Dummy-"), t.daemon, t.is_alive(),
                    th.current_thread() is t))
        done.release()
    _thread.start_new_thread(foreign, ())
    assert done.acquire(True, 30)
    assert got == [(True, True, True, True)]


def test_timer(th):
    fired = []
    t = th.Timer(0.01, fired.append, args=("x",))
    t.start()
    t.join(30)
    assert fired == ["x"]
    t = th.Timer(30, fired.append, args=("never",))
    t.start()
    t.cancel()
    t.join(30)
    assert fired == ["x"] and not t.is_alive()


def test_shutdown_waits_for_non_daemon_threads():
    mod = ourlib.load().threading
    gate = mod.Event()
    finished = []

    def slow():
        gate.wait()
        time.sleep(0.05)
        finished.append("slow")

    def forever():
        mod.Event().wait()
    mod.Thread(target=slow).start()
    mod.Thread(target=forever, daemon=True).start()
    gate.set()
    mod._shutdown()
    assert finished == ["slow"]
    assert mod.main_thread()._is_stopped
    mod._shutdown()      # a second call does nothing


def test_many_sequential_threads_prune_the_shutdown_list(th):
    for i in range(200):
        t = th.Thread(target=lambda: None)
        t.start()
        t.join()
    assert len(th._nondaemon) < 150


# ---------------------------------------------------------------- exceptions in threads

def _fails():
    raise ValueError("boom")


def _strip_threading_frames(text):
    out = []
    skip = False
    for line in text.splitlines():
        if line.startswith("  File "):
            skip = 'threading.py"' in line
            if skip:
                continue
        elif skip and line.startswith("    "):
            continue
        else:
            skip = False
        if line.strip() and not line.strip().strip("~^"):
            continue
        out.append(line)
    return "\n".join(out)


@pytest.fixture
def default_hooks():
    """pytest installs its own threading.excepthook while a test runs: use CPython's."""
    saved = cpy_threading.excepthook
    cpy_threading.excepthook = cpy_threading.__excepthook__
    yield
    cpy_threading.excepthook = saved


def test_exception_in_thread_prints_like_cpython(th, capsys, default_hooks):
    texts = []
    for mod in (th, cpy_threading):
        t = mod.Thread(target=_fails, name="Thread-9 (_fails)")
        t.start()
        t.join()
        captured = capsys.readouterr()
        assert captured.out == ""
        texts.append(_strip_threading_frames(captured.err))
    assert texts[0] == texts[1]
    assert texts[0].startswith("Exception in thread Thread-9 (_fails):\nTraceback (most recent")
    assert texts[0].endswith("ValueError: boom")


def test_excepthook_replaced_and_failing(th, capsys, default_hooks):
    for mod in (th, cpy_threading):
        seen = []

        def hook(args):
            seen.append((args.exc_type, str(args.exc_value), args.thread.name,
                         args.exc_traceback is args.exc_value.__traceback__))
        old = mod.excepthook
        mod.excepthook = hook
        try:
            start_all([mod.Thread(target=_fails, name="t")])
        finally:
            mod.excepthook = old
        assert seen == [(ValueError, "boom", "t", True)]

        def bad_hook(args):
            raise KeyError("hook")
        mod.excepthook = bad_hook
        try:
            start_all([mod.Thread(target=_fails, name="t")])
        finally:
            mod.excepthook = old
        err = capsys.readouterr().err
        assert err.startswith("Exception in threading.excepthook:\nTraceback")
        assert err.rstrip().endswith("KeyError: 'hook'")
        start_all([mod.Thread(target=lambda: sys.exit(2))])
        assert capsys.readouterr().err == ""
    assert th.__excepthook__ is th.excepthook


def test_excepthook_args(th):
    a = th.ExceptHookArgs([ValueError, ValueError("v"), None, None])
    assert (a.exc_type, str(a.exc_value), a.exc_traceback, a.thread) == (ValueError, "v",
                                                                         None, None)
    assert len(a) == 4 and a[0] is ValueError


# ---------------------------------------------------------------- thread-local data

def _local_program(mod, cls_kind):
    if cls_kind == "plain":
        data = mod.local()
    else:
        class Sub(mod.local):
            default = "class"

            def __init__(self, x):
                self.x = x
                self.inits = 1
        if cls_kind == "getattr-only":
            # what minipy gives when it does not call a user __getattribute__
            Sub.__getattribute__ = object.__getattribute__
        data = Sub(5)
    results = {}
    lock = mod.Lock()
    gate = mod.Barrier(3)

    def work(k):
        before = sorted(data.__dict__.items())
        data.k = k
        gate.wait()
        mine = data.k
        errs = outcome(getattr, data, "nothing")
        with lock:
            results[k] = (before, mine, errs, getattr(data, "x", None))
    start_all([mod.Thread(target=work, args=(k,)) for k in range(3)])
    data.main = 1
    after = (sorted(data.__dict__.items()), outcome(getattr, data, "k"),
             outcome(delattr, data, "k"), outcome(setattr, data, "__dict__", {}))
    del data.main
    return results, after, hasattr(data, "main")


@pytest.mark.parametrize("kind", ["plain", "sub"])
def test_local_matches_cpython(th, kind):
    assert _local_program(th, kind) == _local_program(cpy_threading, kind)


def test_local_without_getattribute_support(th):
    # Only what __getattr__ alone can do (no class attribute shadowed) is compared.
    assert _local_program(th, "getattr-only") == _local_program(cpy_threading, "sub")


def test_local_class_defaults_and_shadowing(th):
    for mod in (th, cpy_threading):
        class L(mod.local):
            limit = 10

            @property
            def double(self):
                return self.limit * 2

            def bump(self):
                self.limit += 1
                return self.limit
        l = L()
        got = []
        l.limit = 99
        start_all([mod.Thread(target=lambda: got.append((l.limit, l.bump(), l.double)))])
        assert got == [(10, 11, 22)]
        assert (l.limit, l.double) == (99, 198)
        assert outcome(setattr, l, "double", 1)[0:2] == ("raise", "AttributeError")
    assert outcome(th.local, 1) == outcome(cpy_threading.local, 1)
    assert outcome(lambda: th.local().x) == outcome(lambda: cpy_threading.local().x)


def test_local_fresh_for_a_new_thread_with_a_reused_ident(th):
    data = th.local()
    seen = []

    def work(k):
        seen.append(getattr(data, "v", None))
        data.v = k
    for k in range(30):
        start_all([th.Thread(target=work, args=(k,))])
    assert seen == [None] * 30


def test_local_isolation_many_runs(th):
    for run in range(REPEAT // 2):
        data = th.local()
        bad = []

        def work(k):
            data.v = k
            for i in range(100):
                if data.v != k:
                    bad.append(k)
                data.v = k
        start_all([th.Thread(target=work, args=(k,)) for k in range(4)])
        assert bad == []


# ---------------------------------------------------------------- queue

def _queue_script(qmod):
    log = []
    for cls in (qmod.Queue, qmod.LifoQueue, qmod.PriorityQueue):
        q = cls(3)
        for x in [3, 1, 2]:
            log.append(outcome(q.put, x))
        log.append(outcome(q.put_nowait, 9))
        log.append(outcome(q.put, 9, timeout=0.01))
        log.append(outcome(q.put, 9, True, -1))
        log.append((q.qsize(), q.empty(), q.full()))
        log.append([q.get() for i in range(3)])
        log.append(outcome(q.get_nowait))
        log.append(outcome(q.get, timeout=0.01))
        log.append(outcome(q.get, True, -1))
        log.append(outcome(q.get, False, -1))
        log.append((q.qsize(), q.empty(), q.full(), q.unfinished_tasks))
        for i in range(3):
            q.task_done()
        log.append(outcome(q.task_done))
        q.join()
    u = qmod.Queue()
    for i in range(100):
        u.put(i)
    log.append((u.full(), u.qsize(), u.get(), type(u.queue).__name__))
    s = qmod.SimpleQueue()
    log.append((s.empty(), s.qsize(), outcome(s.get_nowait), outcome(s.get, False, -1),
                outcome(s.get, True, -1), outcome(s.get, timeout=0.01)))
    s.put(1)
    s.put_nowait(2)
    log.append((s.qsize(), s.get(), s.get(block=False), s.empty()))
    return [re.sub(r"at 0x[0-9a-f]+", "", repr(x)) for x in log]


def test_queue_behaviour_matches_cpython(qm):
    assert _queue_script(qm) == _queue_script(cpy_queue)


def test_queue_subclass_hooks(qm):
    class Sorted(qm.Queue):
        def _init(self, maxsize):
            self.queue = []

        def _put(self, item):
            self.queue.append(item)
            self.queue.sort()

        def _get(self):
            return self.queue.pop(0)
    q = Sorted()
    for x in [3, 1, 2]:
        q.put(x)
    assert [q.get() for i in range(3)] == [1, 2, 3]
    assert isinstance(qm.Queue().mutex, type(cpy_threading.Lock()))


def test_producer_consumer_many_runs(th, qm):
    for run in range(REPEAT):
        q = qm.Queue(5)
        got = [[], []]

        def producer(p):
            for i in range(100):
                q.put((p, i))

        def consumer(c):
            while True:
                item = q.get()
                q.task_done()
                if item is None:
                    return
                got[c].append(item)
        cons = [th.Thread(target=consumer, args=(c,)) for c in range(2)]
        prods = [th.Thread(target=producer, args=(p,)) for p in range(3)]
        for t in cons + prods:
            t.start()
        for t in prods:
            t.join(30)
        q.put(None)
        q.put(None)
        q.join()
        for t in cons:
            t.join(30)
        assert sorted(got[0] + got[1]) == [(p, i) for p in range(3) for i in range(100)]
        for c in range(2):
            for p in range(3):
                mine = [i for (pp, i) in got[c] if pp == p]
                assert mine == sorted(mine)


def test_simple_queue_many_threads(th, qm):
    for run in range(REPEAT // 2):
        s = qm.SimpleQueue()
        start_all([th.Thread(target=lambda k=k: [s.put((k, i)) for i in range(200)])
                   for k in range(4)])
        items = [s.get(timeout=30) for i in range(800)]
        assert sorted(items) == [(k, i) for k in range(4) for i in range(200)]
        assert s.empty()


def test_queue_timed_get_wakes_on_put(th, qm):
    q = qm.Queue()
    got = []
    t = th.Thread(target=lambda: got.append(q.get(timeout=30)))
    t.start()
    time.sleep(0.01)
    t0 = time.monotonic()
    q.put("x")
    t.join(30)
    assert got == ["x"] and time.monotonic() - t0 < 5


def test_bank_transfers_conserve_total_many_runs(th):
    for run in range(REPEAT // 2):
        accounts = [[100, th.Lock()] for i in range(8)]

        def work(k):
            for i in range(150):
                a = (i * 3 + k) % 8
                b = (i * 5 + k + 1) % 8
                if a == b:
                    continue
                first, second = accounts[min(a, b)], accounts[max(a, b)]
                with first[1]:
                    with second[1]:
                        amount = (i + k) % 30
                        accounts[a][0] -= amount
                        accounts[b][0] += amount
        start_all([th.Thread(target=work, args=(k,)) for k in range(4)])
        assert sum(acc[0] for acc in accounts) == 800


def test_queue_with_timeouts_under_contention(th, qm):
    # Producers and consumers that keep timing out and retrying on a tiny queue: no item is
    # lost or duplicated, and nobody hangs (a lost wake-up would only cost a retry).
    for run in range(REPEAT // 4):
        q = qm.Queue(2)
        got = []
        lock = th.Lock()
        stop = th.Event()

        def producer(p):
            for i in range(60):
                while True:
                    try:
                        q.put((p, i), timeout=0.002)
                        break
                    except qm.Full:
                        pass

        def consumer():
            while True:
                try:
                    item = q.get(timeout=0.002)
                except qm.Empty:
                    if stop.is_set() and q.empty():
                        return
                    continue
                with lock:
                    got.append(item)
        cons = [th.Thread(target=consumer) for c in range(3)]
        prods = [th.Thread(target=producer, args=(p,)) for p in range(3)]
        for t in cons + prods:
            t.start()
        for t in prods:
            t.join(30)
        stop.set()
        for t in cons:
            t.join(30)
            assert not t.is_alive()
        assert sorted(got) == [(p, i) for p in range(3) for i in range(60)]
