"""Ctrl-C as KeyboardInterrupt, as CPython does it.

At start-up install() puts RPython's flag-setting handler (rsignal.pypysig_setflag) on
SIGINT, unless SIGINT is ignored then (a background job: CPython keeps it ignored too).
The handler only records the signal; poll() -- called by the GIL's periodic check
(minipy/concurrency/gil.py), i.e. between bytecodes, and by blocking calls that a signal
interrupted (sleep, lock waits, reads) -- consumes it and raises KeyboardInterrupt in the
main thread.  An uncaught KeyboardInterrupt ends the program, after its traceback, by
exit_sigint(): SIGINT back to its default action and sent to ourselves, so the parent
sees "killed by SIGINT" (status -2 / 130 in a shell), as with CPython.

The handler is installed without SA_RESTART: a blocking system call returns EINTR, and
its caller polls and retries.  Untranslated, no handler is installed (the host runs
the interpreter in a thread, where it cannot take signals): unit tests call
simulate_sigint().
"""
import os
from rpython.rlib import rsignal
from rpython.rlib.objectmodel import we_are_translated
from rpython.rtyper.lltypesystem import rffi, lltype
from rpython.translator.tool.cbuild import ExternalCompilationInfo

SIGINT = rsignal.SIGINT
EINTR = 4

_eci = ExternalCompilationInfo(
    includes=['signal.h'],
    post_include_bits=['int minipy_signal_ignored(int);'],
    separate_module_sources=['''
#include <signal.h>
int minipy_signal_ignored(int signum)
{
    struct sigaction old;
    if (sigaction(signum, NULL, &old) != 0)
        return 0;
    return old.sa_handler == SIG_IGN;
}
'''])
c_signal_ignored = rffi.llexternal('minipy_signal_ignored', [rffi.INT], rffi.INT,
                                   compilation_info=_eci, sandboxsafe=True,
                                   releasegil=False)


class SignalState(object):
    def __init__(self):
        self.installed = False        # our SIGINT handler is in place
        self.host_pending = False     # untranslated: set by simulate_sigint()


sigstate = SignalState()


def install():
    """At start-up: SIGINT -> KeyboardInterrupt, unless SIGINT is ignored."""
    if not we_are_translated():
        return        # untranslated: tests simulate a signal with simulate_sigint()
    if rffi.cast(lltype.Signed, c_signal_ignored(rffi.cast(rffi.INT, SIGINT))) != 0:
        return
    rsignal.pypysig_setflag(SIGINT)
    sigstate.installed = True


def simulate_sigint():
    """Untranslated tests: as if Ctrl-C had been pressed now."""
    sigstate.installed = True
    sigstate.host_pending = True


def _take_sigint():
    """True if a SIGINT arrived since the last call (consumes it)."""
    if not we_are_translated():
        if sigstate.host_pending:
            sigstate.host_pending = False
            return True
        return False
    got = False
    while True:
        n = rffi.cast(lltype.Signed, rsignal.pypysig_poll())
        if n < 0:
            return got
        if n == SIGINT:
            got = True


def _is_main_thread():
    from minipy.interpreter import executioncontext
    return executioncontext.get_ec() is executioncontext._ec


def poll():
    """Raise KeyboardInterrupt if SIGINT arrived (main thread only: as in CPython,
    other threads leave the signal pending for it)."""
    if not sigstate.installed:
        return
    if not _is_main_thread():
        return
    if _take_sigint():
        from minipy.objects import exceptions as ex
        raise ex.operr_noargs(ex.w_KeyboardInterrupt)


def check_eintr(errno):
    """After a system call failed with `errno`: True if it was EINTR (the caller retries),
    having raised KeyboardInterrupt if that EINTR came from Ctrl-C."""
    if errno != EINTR:
        return False
    poll()
    return True


def exit_sigint():
    """End the process as killed by SIGINT (after an uncaught KeyboardInterrupt).
    Returns the shell's status 130 if the signal did not kill us."""
    if we_are_translated():
        rsignal.pypysig_default(SIGINT)
        try:
            os.kill(os.getpid(), SIGINT)
        except OSError:
            pass
    return 130
