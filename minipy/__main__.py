"""Run minipy untranslated: PYTHONPATH=.:.venv/py2 python2.7 -m minipy script.py args"""
import sys


def _quiet_rpython():
    # rpython warns on stderr when it is not in a Mercurial checkout; keep stderr clean
    try:
        import rpython.tool.version as v
        v.maywarn = lambda *args, **kwds: None
    except ImportError:
        pass


_quiet_rpython()
from minipy.main import entry_point

def _run_big_stack():
    """Untranslated, each Python-level call takes many host frames: run with a big
    stack and recursion limit so minipy's own limit (1000) is the one that counts."""
    import threading
    result = []
    sys.setrecursionlimit(400000)
    threading.stack_size(1024 * 1024 * 1024)
    t = threading.Thread(target=lambda: result.append(entry_point(sys.argv)))
    t.start()
    t.join()
    return result[0] if result else 1


if __name__ == '__main__':
    sys.exit(_run_big_stack())
