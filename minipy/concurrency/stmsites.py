"""STM build: names for conflict sites. A site is an int, (code number << 24) | pc, where
code numbers are handed out the first time a code object is named in a site; the
`--stm-stats` report turns it back into file:line (minipy/stmmain.py). The runtime asks
FrameSiteSource where the thread is at every barrier slow path: the running frame's
instruction (the frame's pc is the instruction being executed until it finishes)."""
from rpython.rlib import rthread
from minipy.concurrency.stm.stats import SiteNames
from minipy.concurrency.stm import transaction


class Registry(object):
    def __init__(self):
        self.codes = []
        self.lock = None

    def _cleanup_(self):
        self.codes = []
        self.lock = None

registry = Registry()


def site_of(frame):
    """The site of `frame` at its current pc."""
    w_code = frame.w_code
    n = w_code.stm_site_number
    if n < 0:
        n = _register(w_code)
    return (n << 24) | (frame.pc & 0xffffff)


class FrameSiteSource(transaction.SiteSource):
    def current(self, tx):
        from minipy.interpreter.executioncontext import get_ec
        frame = get_ec().gettopframe()
        if frame is None:
            return tx.site
        return site_of(frame)

transaction.site_sources.source = FrameSiteSource()


def _register(w_code):
    r = registry
    if r.lock is None:
        r.lock = rthread.allocate_lock()    # first call: the main thread, before others
    r.lock.acquire(True)
    n = w_code.stm_site_number
    if n < 0:
        n = len(r.codes)
        r.codes.append(w_code)
        w_code.stm_site_number = n
    r.lock.release()
    return n


class CodeSiteNames(SiteNames):
    def name(self, site):
        n = site >> 24
        pc = site & 0xffffff
        if n < 0 or n >= len(registry.codes):
            return "%d" % site
        code = registry.codes[n].code
        return "%s:%d in %s" % (code.co_filename, code.lineno_at(pc), code.co_name)


_names = CodeSiteNames()


def resolver():
    return _names
