"""Word-sized atomic operations on a raw array of Signed, the STM runtime's only shared words.

Translated, each is a static inline C function (GCC __atomic builtins: acquire loads, release
stores, sequentially consistent CAS and fetch-and-add; on x86-64 these are plain moves, a
`lock cmpxchg` and a `lock xadd`, and every one is a compiler barrier). Untranslated (unit
tests, one OS thread), the same functions are plain Python on the lltype array.
"""
from rpython.rlib.objectmodel import we_are_translated
from rpython.rtyper.lltypesystem import lltype, rffi
from rpython.translator.tool.cbuild import ExternalCompilationInfo

WORDS = rffi.CArray(lltype.Signed)
WORDSP = lltype.Ptr(WORDS)

_eci = ExternalCompilationInfo(post_include_bits=['''
#include <sched.h>
#include <time.h>
static inline long minipy_stm_load(long *a, long i) {
    return __atomic_load_n(a + i, __ATOMIC_ACQUIRE); }
static inline void minipy_stm_store(long *a, long i, long v) {
    __atomic_store_n(a + i, v, __ATOMIC_RELEASE); }
static inline long minipy_stm_cas(long *a, long i, long expected, long newv) {
    return __atomic_compare_exchange_n(a + i, &expected, newv, 0,
                                       __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); }
static inline long minipy_stm_fetch_add(long *a, long i, long d) {
    return __atomic_fetch_add(a + i, d, __ATOMIC_SEQ_CST); }
static inline void minipy_stm_fence(void) { __atomic_thread_fence(__ATOMIC_SEQ_CST); }
static inline void minipy_stm_spin(void) { sched_yield(); }
static inline void minipy_stm_nap(void) {
    struct timespec ts = {0, 50000}; nanosleep(&ts, NULL); }
'''])


def _ext(name, args, res):
    return rffi.llexternal(name, args, res, compilation_info=_eci, _nowrapper=True,
                           sandboxsafe=True, releasegil=False)

_c_load = _ext('minipy_stm_load', [WORDSP, lltype.Signed], lltype.Signed)
_c_store = _ext('minipy_stm_store', [WORDSP, lltype.Signed, lltype.Signed], lltype.Void)
_c_cas = _ext('minipy_stm_cas', [WORDSP, lltype.Signed, lltype.Signed, lltype.Signed],
              lltype.Signed)
_c_fetch_add = _ext('minipy_stm_fetch_add', [WORDSP, lltype.Signed, lltype.Signed],
                    lltype.Signed)
_c_fence = _ext('minipy_stm_fence', [], lltype.Void)
_c_spin = _ext('minipy_stm_spin', [], lltype.Void)
_c_nap = _ext('minipy_stm_nap', [], lltype.Void)


def alloc_words(n):
    """A zeroed raw array of n words, never freed (the runtime keeps one for its lifetime)."""
    a = lltype.malloc(WORDS, n, flavor='raw', zero=True, track_allocation=False)
    return a


def load(a, i):
    if we_are_translated():
        return _c_load(a, i)
    return a[i]


def store(a, i, v):
    if we_are_translated():
        _c_store(a, i, v)
    else:
        a[i] = v


def cas(a, i, expected, newv):
    """Atomically: if a[i] == expected, set it to newv and return True."""
    if we_are_translated():
        return _c_cas(a, i, expected, newv) != 0
    if a[i] == expected:
        a[i] = newv
        return True
    return False


def fetch_add(a, i, d):
    """Atomically add d to a[i]; returns the old value."""
    if we_are_translated():
        return _c_fetch_add(a, i, d)
    old = a[i]
    a[i] = old + d
    return old


def fence():
    if we_are_translated():
        _c_fence()


class _Sim(object):
    """Untranslated only: what spin_pause() runs instead of waiting (tests drive the
    other simulated transaction from it); None means waiting would never end."""
    hook = None
sim = _Sim()


def can_wait():
    """False only untranslated with no simulated other thread: a wait that may give up
    (Transaction._wait_for_owner) gives up at once."""
    return we_are_translated() or sim.hook is not None


def spin_pause():
    """Give the core away while waiting (sched_yield)."""
    if we_are_translated():
        _c_spin()
    else:
        assert sim.hook is not None, "a simulated transaction would wait forever"
        sim.hook()


# sched_yield returns at once when a core is idle: a wait that may last (for the
# inevitable token) yields this many times, then sleeps 50 us between looks
SPINS_BEFORE_NAPS = 2000


def wait_pause(spins):
    """The `spins`-th pause of a wait that may be long: spin_pause() at first, then short
    sleeps, so that a thread waiting behind a long inevitable transaction (a program that
    reads input, or lost K times in a row) does not keep a core busy."""
    if we_are_translated() and spins >= SPINS_BEFORE_NAPS:
        _c_nap()
    else:
        spin_pause()
