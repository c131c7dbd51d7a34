"""The STM runtime translated (--gc=boehm --thread, parallel_runtime applied) and run with
real threads: benchmarks/stm_runtime/target_stm_bank.py, 20+ runs each with 2 and 4 threads,
checking its invariants (money conserved, counters exact) and progress under heavy conflicts.

The binary is cached in the system temp folder under a hash of its sources: a run with
unchanged sources skips the translation (about 20 s on an idle 2-core machine).
"""
import glob
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import threading

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
TARGET = os.path.join(ROOT, 'benchmarks', 'stm_runtime', 'target_stm_bank.py')


def _sources():
    files = sorted(glob.glob(os.path.join(ROOT, 'minipy', 'concurrency', 'stm', '*.py')))
    files += [os.path.join(ROOT, 'minipy', 'build', 'parallel_runtime.py'), TARGET]
    return files


def _build():
    h = hashlib.sha1()
    for fn in _sources():
        with open(fn, 'rb') as f:
            h.update(f.read())
    d = os.path.join(tempfile.gettempdir(), 'minipy-stm-bank-' + h.hexdigest()[:16])
    exe = os.path.join(d, 'stm_bank')
    if os.path.exists(exe):
        return exe
    for old in glob.glob(os.path.join(tempfile.gettempdir(), 'minipy-stm-bank-*')):
        if '.tmp' not in os.path.basename(old):
            shutil.rmtree(old, ignore_errors=True)      # builds of older sources
    if not os.path.exists('/usr/include/gc/gc.h'):
        pytest.skip('Boehm GC headers (libgc-dev) missing')
    tmp = d + '.tmp%d' % os.getpid()
    os.makedirs(tmp)
    env = dict(os.environ)
    env['PYTHONPATH'] = os.pathsep.join([ROOT, os.path.join(ROOT, '.venv', 'py2')])
    env['PYPY_USESSION_DIR'] = tmp
    log = os.path.join(tmp, 'build.log')
    for attempt in range(2):     # once more if a concurrent process disturbed rpython's _cache
        with open(log, 'w') as f:
            rc = subprocess.call([sys.executable, '-m', 'rpython', '--batch', '-O2',
                                  '--gc=boehm', '--thread',
                                  '--output=' + os.path.join(tmp, 'stm_bank'), TARGET],
                                 cwd=tmp, env=env, stdout=f, stderr=subprocess.STDOUT)
        with open(log) as f:
            text = f.read()
        if rc == 0 or '_cache' not in text:
            break
    if rc != 0:
        shutil.rmtree(tmp, ignore_errors=True)
        raise AssertionError('translation failed:\n' + text[-3000:])
    for u in glob.glob(os.path.join(tmp, 'usession-*')):
        shutil.rmtree(u, ignore_errors=True)
    try:
        os.rename(tmp, d)
    except OSError:                  # another process built it meanwhile
        shutil.rmtree(tmp, ignore_errors=True)
    return exe


@pytest.fixture(scope='module')
def exe():
    return _build()


def run(exe, *args):
    p = subprocess.Popen([exe] + [str(a) for a in args], stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT)
    timer = threading.Timer(60, p.kill)        # a livelock shows as a kill, not a hang
    timer.start()
    out = p.communicate()[0].decode()
    timer.cancel()
    assert p.returncode == 0, (args, p.returncode, out)
    first = out.splitlines()[0].split()
    fields = dict(w.split('=') for w in first[1:])
    assert fields['ok'] == '1', out
    return dict((k, int(v)) for k, v in fields.items()), out


def test_binary_has_the_parallel_runtime_changes(exe):
    syms = subprocess.check_output(['readelf', '-sW', exe]).decode()
    for name in ('pypy_g_ExcData', 'rpy_stacktoobig', 'pypydtcount', 'pypy_debug_tracebacks'):
        lines = [l for l in syms.splitlines() if l.split() and l.split()[-1] == name]
        assert lines and all(' TLS ' in l for l in lines), name


@pytest.mark.parametrize('threads', [2, 4])
def test_bank_transfers_conserve_money(exe, threads):
    for i in range(20):
        f, out = run(exe, 'bank', threads, 3000, 5, 0)
        assert f['commits'] == threads * 3000


@pytest.mark.parametrize('threads', [2, 4])
def test_bank_with_inevitable_transactions(exe, threads):
    inev = 0
    for i in range(20):
        f, out = run(exe, 'bank', threads, 3000, 5, 7)
        assert f['commits'] == threads * 3000
        inev += f['inevcommits']
    assert inev >= 20 * threads * (3000 // 7)


@pytest.mark.parametrize('threads', [2, 4])
def test_shared_counter_is_exact_under_heavy_conflicts(exe, threads):
    aborts = 0
    for i in range(20):
        f, out = run(exe, 'counter', threads, 5000, 20)
        assert f['commits'] == threads * 5000
        aborts += f['aborts']
    # they really conflicted (on a machine so loaded that the threads never overlapped,
    # longer runs until they do), and still all finished with the exact count
    for i in range(10):
        if aborts > 0:
            break
        f, out = run(exe, 'counter', threads, 20000, 200)
        assert f['commits'] == threads * 20000
        aborts += f['aborts']
    assert aborts > 0


@pytest.mark.parametrize('threads', [2, 4])
def test_private_counters_never_conflict(exe, threads):
    for i in range(20):
        f, out = run(exe, 'private', threads, 5000, 5)
        assert f['aborts'] == 0


def test_single_lock_mode(exe):
    for i in range(20):
        f, out = run(exe, 'counter', 4, 3000, 5, 0, '--gil')
        assert f['aborts'] == 0 and f['commits'] == 12000
