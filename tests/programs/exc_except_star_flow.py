# except* in generators, nested handlers, loops with finally and with-blocks; notes and
# bare re-raise of split parts; what sys.exc_info() shows inside and after the clauses.
import sys


def gen():
    for i in range(3):
        try:
            if i == 1:
                raise ExceptionGroup("g", [ValueError(i), TypeError(i)])
            yield i
        except* ValueError as e:
            yield ("v", len(e.exceptions))
        except* TypeError:
            yield "t"
print(list(gen()))


def nested():
    try:
        try:
            raise ExceptionGroup("outer", [ValueError(1), KeyError(2)])
        except* ValueError:
            try:
                raise ExceptionGroup("inner", [OSError(3)])
            except* OSError as o:
                print("inner handled", repr(o), repr(sys.exc_info()[1]))
            print("after inner", repr(sys.exc_info()[1]))
    except* KeyError as k:
        print("outer rest", repr(k))
    print("done", sys.exc_info())
nested()


def with_finally():
    log = []
    for i in range(3):
        try:
            try:
                if i:
                    raise ExceptionGroup("x", [ValueError(i)] * i)
            except* ValueError as v:
                log.append(len(v.exceptions))
                if i == 2:
                    raise RuntimeError("two")
            finally:
                log.append("f%d" % i)
        except RuntimeError as r:
            log.append(repr(r))
            continue
        log.append("end%d" % i)
    return log
print(with_finally())


class Ctx:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)
        return False


try:
    with Ctx():
        try:
            raise ExceptionGroup("w", [ValueError()])
        except* ValueError:
            raise KeyError("k")
except KeyError as e:
    print("escaped", repr(e), repr(e.__context__))


def deep(n):
    if n == 0:
        raise ExceptionGroup("deep", [ValueError(n)])
    deep(n - 1)


try:
    deep(3)
except* ValueError as e:
    tb = e.__traceback__
    n = 0
    while tb:
        n += 1
        tb = tb.tb_next
    print("tb entries", n)


def reraise_part(note):
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ValueError as e:
        if note:
            e.add_note('noted')
        global saved
        saved = e
        raise


for note in (0, 1):
    try:
        reraise_part(note)
    except BaseException as r:
        print(r is saved, getattr(r, '__notes__', None), r.exceptions[0] is saved.exceptions[0],
              r.__traceback__ is saved.__traceback__)


def noted_group():
    eg = ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    eg.add_note('pre')
    try:
        raise eg
    except* ValueError as e:
        e.add_note('on match')
        raise
try:
    noted_group()
except BaseException as r:
    print(repr(r), getattr(r, '__notes__', None), [getattr(x, '__notes__', None) for x in r.exceptions])
