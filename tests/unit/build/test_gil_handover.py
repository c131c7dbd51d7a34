"""The GIL builds' hand-over patch (minipy/build/gil_handover.py) still fits the rpython
sources it extends: the stealer's sleep replaced, the hand-over appended to thread_gil.c,
and compiled in, through the include path, when rpython's thread.c is compiled with our
directory first."""
import os
import subprocess
import tempfile

import pytest

from minipy.build import gil_handover, parallel_runtime


def test_hand_over_is_appended_to_rpython_thread_gil():
    original = parallel_runtime.rpython_c_src().join('thread_gil.c').read()
    text = gil_handover.patched_thread_gil(original)
    assert text.endswith(gil_handover.HAND_OVER_C)
    # the file is rpython's but for the stealer's sleep, which doubles from 0.1 ms
    unchanged = original
    for before, after in gil_handover.POLL_BACKOFF:
        assert original.count(before) == 1
        unchanged = unchanged.replace(before, after)
    assert text == unchanged + gil_handover.HAND_OVER_C
    assert 'mutex2_lock_timeout(&mutex_gil, 0.0001)' in original
    assert 'mutex2_lock_timeout(&mutex_gil, 0.0001)' not in text
    assert 'minipy_poll = %r;' % gil_handover.POLL_MAX_SECONDS in text
    # what the appended code uses is defined in the file before it
    for name in ('static long rpy_waiting_threads', 'static mutex2_t mutex_gil',
                 'long rpy_fastgil'):
        assert name in original


def compiled_symbols(include_dirs):
    gcc = '/usr/bin/gcc'
    if not os.path.exists(gcc):
        pytest.skip('no gcc')
    src = parallel_runtime.rpython_c_src()
    obj = os.path.join(tempfile.mkdtemp(), 'thread.o')
    args = [gcc, '-c', '-O0']
    for d in include_dirs:
        args += ['-I', str(d)]
    subprocess.check_call(args + ['-I', str(src.dirpath()), '-o', obj, str(src.join('thread.c'))])
    out = subprocess.check_output(['nm', obj]).decode()
    return set(line.split()[-1] for line in out.splitlines() if ' T ' in line)


def test_thread_c_compiles_our_copy_when_our_directory_comes_first():
    inc = tempfile.mkdtemp()
    os.mkdir(os.path.join(inc, 'src'))
    with open(os.path.join(inc, 'src', 'thread_gil.c'), 'w') as f:
        f.write(gil_handover.patched_thread_gil(
            parallel_runtime.rpython_c_src().join('thread_gil.c').read()))
    with_ours = compiled_symbols([inc])
    assert 'minipy_gil_hand_over' in with_ours and 'RPyGilYieldThread' in with_ours
    plain = compiled_symbols([])
    assert 'minipy_gil_hand_over' not in plain and 'RPyGilYieldThread' in plain
