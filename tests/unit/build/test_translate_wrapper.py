"""tools/translate.py gives a translation a compiler-probe cache of its own: rpython's
start-up clean-up then deletes that directory, never the package's shared one, which a
translation or the unit tests running beside it may be writing into."""
import os
import subprocess
import sys
import tempfile

from rpython.config import translationoption

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))


def test_translation_cleans_its_own_cache_and_not_the_shared_one():
    shared = translationoption.CACHE_DIR
    if not os.path.isdir(shared):
        os.makedirs(shared)
    fd, shared_marker = tempfile.mkstemp(dir=shared, prefix='wrapper-test-')
    os.close(fd)
    own = tempfile.mkdtemp(prefix='probe-cache-')
    open(os.path.join(own, 'stale-probe'), 'w').close()
    env = dict(os.environ)
    env['PYTHONPATH'] = os.pathsep.join([ROOT, os.path.join(ROOT, '.venv', 'py2')])
    try:
        proc = subprocess.Popen([sys.executable, os.path.join(ROOT, 'tools', 'translate.py'),
                                 own, '--help'], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        out = proc.communicate()[0]
        assert proc.returncode == 0, out
        assert 'Usage' in out
        assert not os.path.exists(own)           # rpython's clean-up ran, on our directory
        assert os.path.exists(shared_marker)     # and left the shared one alone
    finally:
        os.remove(shared_marker)


def test_without_a_target_it_prints_its_usage():
    env = dict(os.environ)
    env['PYTHONPATH'] = os.pathsep.join([ROOT, os.path.join(ROOT, '.venv', 'py2')])
    proc = subprocess.Popen([sys.executable, os.path.join(ROOT, 'tools', 'translate.py')],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    err = proc.communicate()[1]
    assert proc.returncode == 2
    assert 'CACHE_DIR' in err
