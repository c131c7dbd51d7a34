"""Ctrl-C as KeyboardInterrupt, untranslated: a simulated SIGINT (signals.simulate_sigint)
is raised by the GIL's periodic check in the main thread, can be caught like any exception,
and uncaught ends the program with its traceback and status 130 (the translated binary
kills itself with SIGINT instead: tests/e2e/test_cli.py)."""
import pytest
from minipy.interpreter import signals
from minipy.objects.root import OperationError
from minipy.objects import exceptions as ex
from minipy.interpreter import ops
from runner import _write_prog, run_file_minipy


def run_interrupted(source):
    """Run source; 'Ctrl-C' half a second after it started."""
    import threading
    t = threading.Timer(0.5, signals.simulate_sigint)
    t.start()
    try:
        return run_file_minipy(_write_prog(source))
    finally:
        t.cancel()


def teardown_function(function):
    signals.sigstate.installed = False
    signals.sigstate.host_pending = False


def test_poll_without_handler_does_nothing():
    signals.sigstate.host_pending = True
    signals.poll()                      # not installed: nothing raised


def test_poll_raises_once():
    signals.simulate_sigint()
    with pytest.raises(OperationError) as e:
        signals.poll()
    assert ops.isinstance_w(e.value.w_value, ex.w_KeyboardInterrupt)
    signals.poll()                      # consumed


def test_eintr():
    assert not signals.check_eintr(11)
    assert signals.check_eintr(signals.EINTR)
    signals.simulate_sigint()
    with pytest.raises(OperationError):
        signals.check_eintr(signals.EINTR)


def test_sleep_is_interrupted():
    # untranslated the host's sleep does not wake up: the poll after it raises
    r = run_interrupted("import time\ntry:\n    time.sleep(1.5)\n"
                        "except KeyboardInterrupt:\n    print('woken')\n")
    assert r.out == 'woken\n', r


def test_caught_in_program():
    r = run_interrupted(
        "def f():\n    return 1\n"
        "try:\n    n = 0\n    while True:\n        n += f()\n"
        "except KeyboardInterrupt as e:\n    print('caught', type(e).__name__, repr(e))\n")
    assert r.out == 'caught KeyboardInterrupt KeyboardInterrupt()\n', r
    assert r.rc == 0


def test_uncaught_ends_with_130():
    r = run_interrupted("def f():\n    pass\nwhile True:\n    f()\n")
    assert r.out == ''
    assert r.last_err_line() == 'KeyboardInterrupt'
    assert r.rc == 130
