"""The weakref module on the interpreter, untranslated: against python3 where both must
agree (after gc.collect()), and minipy's own rules where CPython's reference counting
makes its timing different (callbacks swept as references are made, reported errors);
and a weakref program in the STM configuration (barriers on)."""
import os
import subprocess
import sys

from runner import compare, run_file_minipy, _write_prog

HERE = os.path.dirname(os.path.abspath(__file__))


def test_ref_basics_against_cpython():
    compare('''
import gc, weakref
class Node:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Node) and o.v == self.v
    def __hash__(self): return hash(self.v)
n, m = Node(1), Node(1)
r, s = weakref.ref(n), weakref.ref(m)
print(r() is n, r == s, r != s, hash(r) == hash(1), r is weakref.ref(n))
print(type(r).__name__, type(r).__module__, weakref.ref is weakref.ReferenceType)
print(repr(r).split(";")[1].split(" at ")[0], repr(weakref.ref(Node)).endswith("(Node)>"))
print(weakref.getweakrefcount(n), weakref.getweakrefs(n) == [r])
del n
gc.collect()
print(r(), r == s, repr(r).endswith("; dead>"), weakref.getweakrefs(m) == [s])
''')


def test_callbacks_after_collect_in_cpython_order():
    compare('''
import gc, weakref
class T: pass
log = []
a, b = T(), T()
refs = [weakref.ref(a, lambda r, i=i: log.append(("a", i))) for i in range(3)]
rb = weakref.ref(b, lambda r: log.append(("b", r is rb)))
del a
gc.collect()
print(log)
del b
gc.collect()
print(log, [r.__callback__ for r in refs])
''')


def test_slots_and_subclasses():
    compare('''
import weakref
class S:
    __slots__ = ("a",)
class SW(S):
    __slots__ = ("__weakref__",)
class D(S):
    pass
class L(list):
    __slots__ = ()
for cls in (S, SW, D, L):
    try:
        weakref.ref(cls())
        print(cls.__name__, "ok")
    except TypeError as e:
        print(e)
''')


def test_containers_drop_dead_entries_after_collect():
    compare('''
import gc, weakref
class V:
    def __init__(self, n): self.n = n
vals = [V(i) for i in range(6)]
wvd = weakref.WeakValueDictionary((i, v) for i, v in enumerate(vals))
wkd = weakref.WeakKeyDictionary((v, v.n * 10) for v in vals)
ws = weakref.WeakSet(vals)
del vals[::2]
gc.collect()
print(sorted(wvd), sorted(x.n for x in wkd), sorted(wkd.values()), sorted(x.n for x in ws))
print(len(wvd), len(wkd), len(ws), 0 in wvd, 1 in wvd, wvd.get(0), vals[0] in ws)
for k in list(wvd.keys()):
    wvd[k + 100] = V(k)          # dies at once (CPython) or at the next collection
gc.collect()
print(sorted(wvd))
''')


def test_callback_exception_is_reported_and_others_run():
    path = _write_prog('''
import gc, weakref
class T: pass
t = T()
log = []
r1 = weakref.ref(t, lambda r: log.append("r1"))
def bad(r):
    raise KeyError("boom")
r2 = weakref.ref(t, bad)
del t
gc.collect()
print(log)
''')
    res = run_file_minipy(path)
    assert res.out == "['r1']\n"
    assert res.rc == 0
    assert 'Exception ignored in: <function bad at 0x' in res.err
    assert res.err.rstrip().endswith("KeyError: 'boom'")


def test_callbacks_run_as_references_are_made_without_collect():
    """No gc.collect(): the sweeps at reference creation still run the callbacks of the
    objects that died (untranslated, they die at once) -- all but the last few."""
    res = run_file_minipy(_write_prog('''
import weakref
class T: pass
count = [0]
def cb(r):
    count[0] += 1
keep = []
for i in range(1000):
    keep.append(weakref.ref(T(), cb))
print(count[0] >= 1000 - 2 * 64, count[0] <= 1000)
'''))
    assert res.out == 'True True\n', res


def test_finalize_at_exit_runs_after_later_atexit_functions():
    compare('''
import atexit, weakref
class R: pass
keep = [R(), R()]
for i, r in enumerate(keep):
    weakref.finalize(r, print, "finalize", i)
atexit.register(print, "atexit")
f = weakref.finalize(keep[0], print, "detached")
f.detach()
print("main done")
''')


def test_weakrefs_in_the_stm_configuration():
    prog = _write_prog('''
import gc, weakref
class T: pass
objs = [T() for i in range(10)]
log = []
refs = [weakref.ref(o, lambda r, i=i: log.append(i)) for i, o in enumerate(objs)]
d = weakref.WeakValueDictionary(enumerate(objs))
p = weakref.proxy(objs[3])
p.x = 5
del objs[5:]
gc.collect()
print(sorted(log), sorted(d), objs[3].x)
''')
    out = subprocess.check_output([sys.executable, os.path.join(HERE, 'stm_runner.py'), prog])
    assert out == b'[5, 6, 7, 8, 9] [0, 1, 2, 3, 4] 5\n'
