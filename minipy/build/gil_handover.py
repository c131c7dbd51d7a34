"""GIL builds: a thread about to block on a lock hands the GIL to a thread waiting for it.

RPython's GIL (translator/c/src/thread_gil.c) is two locks: `rpy_fastgil`, a word that a
`releasegil` external call sets to 0 around the call, and `mutex_gil`, released only by
an explicit yield. A thread that wants the GIL while another holds it polls briefly, then
sleeps on `mutex_gil` for 0.1 ms at a time, looking at `rpy_fastgil` between sleeps. So
when the holder blocks in a lock wait (fast release, `rpy_fastgil` = 0), the waiter only
notices at its next look: up to 0.1 ms per hand-off, while the CPU is idle, unless its
short spin before sleeping happened to catch the release. benchmarks/gil_handoff.py's
blocking kind (two threads passing a turn through two locks, 2-core machine) measured
137 us per hand-off with --jit off and, with the JIT, 20 us in one run and 164 us in
another; with the hand-over 23-25 us in both (CPython 21 us). PyPy, whose GIL this is,
varies the same way (22-59 us).

The fix is a function appended to our copy of thread_gil.c, where the GIL's statics are
visible: minipy_gil_hand_over(), called inside the lock wait's external call (the GIL
already released the fast way), just before the wait. When a thread waits for the GIL, it
takes `rpy_fastgil` back and releases `mutex_gil` instead -- the state an explicit yield
leaves -- which wakes the sleeping waiter at once. When nobody waits, it does nothing.
Only lock waits and time.sleep do this: other external calls (writes, reads of a clock)
are short, and the fast release keeps them cheap.

A second change to the copy slows the waiter's polling down. The thread that waits to steal
the GIL sleeps 0.1 ms at a time and looks at `rpy_fastgil` after each sleep, for as long as
the holder runs: 10,000 wake-ups a second. On this project's 2-core machine that costs the
running thread 5-8% (raytrace_rows with one worker thread, beside a process waking every
0.1 ms: 5% slower; every 1 ms: 1%), which is most of the GIL build's loss at 2 threads.
Explicit yields and the hand-over above wake the waiter at once whatever its sleep; only a
fast release by some other blocking call (a read from a pipe) waits for the next look. So
the sleep now doubles from 0.1 ms after each look that finds the GIL held, up to
POLL_MAX_SECONDS (1 ms): about ten looks per 5 ms switch interval instead of fifty.

install() is called by targetminipy.py before annotation (the JIT and -O2 builds); the
STM build has no GIL. acquire_timed(lock, micros) is rthread's Lock.acquire_timed with the
hand-over, sleep(secs) is time.sleep with it; untranslated (tests on CPython 2.7) they are
rthread's and time's own.
"""
import errno
import math
import time
from rpython.rlib import rthread
from rpython.rlib.objectmodel import we_are_translated
from rpython.rtyper.lltypesystem import lltype, rffi
from rpython.translator.tool.cbuild import ExternalCompilationInfo
from minipy.build import parallel_runtime

# the text of rpython 0.2.1's thread_gil.c that HAND_OVER_C is appended after (checked)
ANCHOR = 'long RPyGilYieldThread(void)'

HAND_OVER_C = r'''
/* minipy (minipy/build/gil_handover.py): called without the GIL, inside an external
   call that is about to block.  If a thread waits for the GIL, give it over through
   'mutex_gil' (as RPyGilYieldThread does), which wakes it now; otherwise leave the GIL
   released the fast way. */
RPY_EXTERN void minipy_gil_hand_over(void)
{
    if (rpy_waiting_threads > 0) {
        long old_fastgil = pypy_lock_test_and_set(&rpy_fastgil, 1);
        if (!RPY_FASTGIL_LOCKED(old_fastgil))
            mutex2_unlock(&mutex_gil);
        /* else another thread took the GIL meanwhile: nothing to do */
    }
}
'''

_eci = ExternalCompilationInfo(
    includes=['src/thread.h'],
    post_include_bits=['RPY_EXTERN void minipy_gil_hand_over(void);\n'
                       'RPY_EXTERN int minipy_acquire_lock_handing_over('
                       'struct RPyOpaque_ThreadLock *, long long);\n'
                       'RPY_EXTERN int minipy_sleep_handing_over(long, long);'],
    separate_module_sources=['''
#include "src/thread.h"
#include <errno.h>
#include <sys/select.h>

int minipy_acquire_lock_handing_over(struct RPyOpaque_ThreadLock *lock, long long micros)
{
    minipy_gil_hand_over();
    return RPyThreadAcquireLockTimed(lock, micros, 1);
}

/* 0, or errno when the sleep was cut short (EINTR: by a signal) or failed */
int minipy_sleep_handing_over(long sec, long usec)
{
    struct timeval t;
    t.tv_sec = sec;
    t.tv_usec = usec;
    minipy_gil_hand_over();
    if (select(0, NULL, NULL, NULL, &t) != 0)
        return errno;
    return 0;
}
'''])

_acquire_handing_over = rffi.llexternal(
    'minipy_acquire_lock_handing_over', [rthread.TLOCKP, rffi.LONGLONG], rffi.INT,
    compilation_info=_eci, releasegil=True)
_sleep_handing_over = rffi.llexternal(
    'minipy_sleep_handing_over', [rffi.LONG, rffi.LONG], rffi.INT,
    compilation_info=_eci, releasegil=True)


# set by install() before annotation: this translation has the patched GIL (a module
# global, so the flow space folds the test below and the STM build never sees the external)
INSTALLED = False


def acquire_timed(lock, micros):
    """lock.acquire_timed(micros) (rthread.Lock; micros < 0: forever), handing the GIL
    to a waiting thread first in a build that has the patched GIL. Returns 0 (timed
    out), 1 (acquired) or 2 (interrupted by a signal)."""
    if we_are_translated() and INSTALLED:
        res = _acquire_handing_over(lock._lock, rffi.cast(rffi.LONGLONG, micros))
        return rffi.cast(lltype.Signed, res)
    return lock.acquire_timed(micros)


def sleep(secs):
    """time.sleep(secs) (rtime's: a select() that a signal cuts short), handing the GIL to
    a waiting thread first in a build that has the patched GIL."""
    if we_are_translated() and INSTALLED:
        err = rffi.cast(lltype.Signed, _sleep_handing_over(
            int(secs), int(math.fmod(secs, 1.0) * 1000000.0)))
        if err != 0 and err != errno.EINTR:
            raise OSError(err, "select failed")
        return
    time.sleep(secs)


# the longest sleep of a thread waiting to steal the GIL between two looks at rpy_fastgil
POLL_MAX_SECONDS = 0.001

# (text of rpython 0.2.1's thread_gil.c, its replacement): the stealer's sleep doubles
POLL_BACKOFF = [
    ('        /* We are now the stealer thread.  Steals! */\n'
     '        while (1) {\n',
     '        /* We are now the stealer thread.  Steals! */\n'
     '        double minipy_poll = 0.0001;   /* minipy: doubles up to POLL_MAX_SECONDS */\n'
     '        while (1) {\n'),
    ('            if (mutex2_lock_timeout(&mutex_gil, 0.0001)) {   /* 0.1 ms... */\n',
     '            if (mutex2_lock_timeout(&mutex_gil, minipy_poll)) {\n'),
    ('            /* Loop back. */\n',
     '            minipy_poll *= 2.0;\n'
     '            if (minipy_poll > %r)\n'
     '                minipy_poll = %r;\n'
     '            /* Loop back. */\n' % (POLL_MAX_SECONDS, POLL_MAX_SECONDS)),
]


def patched_thread_gil(text):
    """thread_gil.c's text with the stealer's polling slowed down (POLL_BACKOFF) and
    HAND_OVER_C appended (it uses the file's statics)."""
    assert ANCHOR in text, "rpython changed: %r not in thread_gil.c" % ANCHOR
    for original, replacement in POLL_BACKOFF:
        assert text.count(original) == 1, "rpython changed: %r not in thread_gil.c" % original
        text = text.replace(original, replacement)
    return text + HAND_OVER_C


def install():
    """Make the translation compile our thread_gil.c: a copy with HAND_OVER_C, put in an
    include directory searched before rpython's (thread_pthread.c includes
    "src/thread_gil.c"; not found beside it, the compiler looks in the include path in
    order). Idempotent."""
    global INSTALLED
    if INSTALLED:
        return
    from rpython.translator.c import genc
    from rpython.tool.udir import udir
    incdir = udir.join('minipy_gil_include')
    incdir.join('src').ensure(dir=True)
    incdir.join('src', 'thread_gil.c').write(
        patched_thread_gil(parallel_runtime.rpython_c_src().join('thread_gil.c').read()))
    orig_get_eci = genc.CBuilder.get_eci

    def get_eci(self):
        return ExternalCompilationInfo(include_dirs=[incdir]).merge(orig_get_eci(self))
    genc.CBuilder.get_eci = get_eci
    INSTALLED = True
