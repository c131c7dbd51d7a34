"""The C stack a deep recursion gets (minipy/interpreter/cstack.py), on the JIT binary
(with and without the JIT) and the STM binary, whatever the shell's stack limit: a
recursion 100,000 deep under a raised recursion limit completes where the limit lets the
main thread's stack grow (the corpus program fn_recursion_100k.py runs it under the
default 8 MB limit), and is a RecursionError, never a crash, where it does not."""
import resource
import subprocess

import pytest

PROGRAM = """
import sys, threading
sys.setrecursionlimit(10 ** 6)
def down(n):
    return 0 if n == 0 else 1 + down(n - 1)
def deep():
    try:
        print(down(100000))
    except RecursionError as e:
        print("RecursionError:", e)
    print(down(300))
deep()
t = threading.Thread(target=deep)
t.start(); t.join()
"""


def configurations(minipy_bin, stm_bin):
    return {"jit": [minipy_bin], "jit off": [minipy_bin, "--jit", "off"], "stm": [stm_bin]}


def run_under_stack_limit(cmd, limit, tmp_path):
    prog = tmp_path / "deep.py"
    prog.write_text(PROGRAM)
    shell = 'ulimit -s %s && exec "$@"' % limit
    return subprocess.run(["bash", "-c", shell, "bash"] + cmd + [str(prog)],
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("config", ["jit", "jit off", "stm"])
def test_a_small_stack_gives_recursion_error(config, minipy_bin, stm_bin, tmp_path):
    """ulimit -s 2048 sets the hard limit too: the main thread's stack cannot grow past
    2 MB, and the stack check stops the recursion before it does. Threads we start have
    large stacks, but the check's length is the same for all (in the GIL build, one
    check serves every thread), so a thread stops at the same depth."""
    cmd = configurations(minipy_bin, stm_bin)[config]
    p = run_under_stack_limit(cmd, 2048, tmp_path)
    assert p.returncode == 0, p.stderr
    assert p.stdout == "RecursionError: maximum recursion depth exceeded\n300\n" * 2


@pytest.mark.parametrize("config", ["jit", "jit off", "stm"])
def test_an_unlimited_stack(config, minipy_bin, stm_bin, tmp_path):
    if resource.getrlimit(resource.RLIMIT_STACK)[1] != resource.RLIM_INFINITY:
        pytest.skip("the hard stack limit is not unlimited here")
    cmd = configurations(minipy_bin, stm_bin)[config]
    p = run_under_stack_limit(cmd, "unlimited", tmp_path)
    assert p.returncode == 0, p.stderr
    assert p.stdout == "100000\n300\n" * 2
