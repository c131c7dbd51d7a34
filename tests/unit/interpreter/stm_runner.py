"""Runs minipy untranslated in the STM build's configuration (barriers on, one thread):
    python2.7 stm_runner.py [--abort-every N] [minipy-stm options] prog.py
With --abort-every N, every N-th barrier slow path of a rollback-able transaction aborts
it on purpose, so the program runs through many roll-backs (test_stm_rollback.py)."""
import sys
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
sys.path[:0] = [ROOT, os.path.join(ROOT, '.venv', 'py2')]

from minipy.concurrency.stm import barriers
barriers.enable()
from minipy.build import parallel_runtime
parallel_runtime.register_thread = lambda: None        # C-level; nothing to do untranslated
parallel_runtime.size_heap = lambda n: None
from minipy.concurrency.stm import transaction
from minipy.concurrency.stm.stats import CAUSE_WRITE_WRITE


class Injector(object):
    every = 0
    count = 0
    injected = 0


def _wrap(orig):
    def slow(self, obj):
        inj = Injector
        if inj.every and not self.inevitable and not self.unprotected:
            inj.count += 1
            if inj.count % inj.every == 0:
                inj.injected += 1
                self._abort(CAUSE_WRITE_WRITE, obj, self.site)
        return orig(self, obj)
    return slow


def main(argv):
    args = argv[1:]
    if args[:1] == ['--abort-every']:
        Injector.every = int(args[1])
        args = args[2:]
        transaction.Transaction._read_slow = _wrap(transaction.Transaction._read_slow)
        transaction.Transaction._write_slow = _wrap(transaction.Transaction._write_slow)
    from minipy import stmmain
    status = stmmain.entry_point(['minipy-stm'] + args)
    if Injector.every:
        os.write(2, 'injected aborts: %d\n' % Injector.injected)
    return status


if __name__ == '__main__':
    sys.exit(main(sys.argv))
