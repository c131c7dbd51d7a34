"""The STM build's roll-back, untranslated: programs run with barriers on, and with aborts
injected at every N-th barrier slow path, must print exactly what CPython prints. Every
injected abort restores the start frame's snapshot and re-runs from there, so this checks
the snapshot (pc, value stack, locals, block stack, exception state) and the objects' undo
entries on the same code paths real conflicts take."""
import os
import subprocess
import sys
import py
import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
RUNNER = os.path.join(HERE, 'stm_runner.py')

PROGRAM = r'''
# a bit of everything that keeps state across transactions
class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def moved(self, d):
        return Point(self.x + d, self.y - d)

def gen(n):
    for i in range(n):
        yield i * i

totals = {}
items = []
p = Point(0, 0)
count = 0
def bump():
    global count
    count += 1
for i in range(60):
    p = p.moved(1)
    items.append(i)
    totals[i % 7] = totals.get(i % 7, 0) + i
    bump()
    try:
        if i % 13 == 0:
            raise ValueError(i)
    except ValueError as e:
        items.append(-1)
    finally:
        count += 1
g = gen(10)
first = [next(g), next(g)]
rest = list(g)
def counter():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    return inc
inc = counter()
for i in range(25):
    inc()
s = set()
for i in range(40):
    s.add(i % 9)
    if i % 5 == 0:
        s.discard(3)
print(p.x, p.y, len(items), sum(items), sorted(totals.items()))
print(first, rest, inc(), count, sorted(s))
while items:
    items.pop()
print(len(items))
'''


def python3():
    for cand in ('/usr/bin/python3', '/usr/local/bin/python3'):
        if os.path.exists(cand):
            return cand
    pytest.skip('python3 not found')


def run(cmd, path):
    p = subprocess.Popen(cmd + [str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = p.communicate()
    return p.returncode, out, err


@pytest.mark.parametrize('extra', [
    ['--stm-length', '3'],
    ['--abort-every', '7', '--stm-length', '5'],
    ['--abort-every', '3', '--stm-length', '40'],
    ['--abort-every', '2', '--stm-length', '1000'],
])
def test_rollback_gives_cpython_output(tmpdir, extra):
    path = tmpdir.join('prog.py')
    path.write(PROGRAM)
    code, expected, err = run([python3()], path)
    assert code == 0, err
    code, out, err = run([sys.executable, RUNNER] + extra, path)
    assert code == 0, err
    assert out == expected
    if extra[0] == '--abort-every':
        n = int(err.split('injected aborts: ')[1].split()[0])
        assert n > 0


ADAPT = r'''
d = {}
def work(n):
    for i in range(n):
        d[i % 5] = d.get(i % 5, 0) + i
work(6000)
print(sorted(d.items()))
'''


def total_commits(err):
    line = [l for l in err.splitlines() if l.startswith('total: ')][0]
    return int(line.split()[1])


def test_aborts_shorten_the_transactions(tmpdir):
    """After an abort a thread's transactions get shorter (a quarter each time), so a
    program that keeps aborting commits in many more, smaller pieces."""
    path = tmpdir.join('adapt.py')
    path.write(ADAPT)
    code, expected, err = run([python3()], path)
    opts = ['--stm-stats', '--stm-length', '2000']
    code, out, quiet = run([sys.executable, RUNNER] + opts, path)
    assert (code, out) == (0, expected), quiet
    code, out, noisy = run([sys.executable, RUNNER, '--abort-every', '3'] + opts, path)
    assert (code, out) == (0, expected), noisy
    assert total_commits(noisy) > 5 * total_commits(quiet)
