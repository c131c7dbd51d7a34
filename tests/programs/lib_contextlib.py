# contextlib: @contextmanager (exceptions thrown into the generator, misbehaving generators, as a decorator), suppress, closing, nullcontext, redirect_stdout/stderr, ExitStack
import io
import sys
from contextlib import (contextmanager, suppress, closing, nullcontext, redirect_stdout,
                        redirect_stderr, ExitStack, AbstractContextManager, ContextDecorator)

log = []


@contextmanager
def tag(name):
    """Wrap output in <name>...</name>."""
    log.append("<%s>" % name)
    try:
        yield name.upper()
    finally:
        log.append("</%s>" % name)


with tag("b") as t:
    log.append(t)
    with tag("i"):
        log.append("text")
print("".join(log))
print(tag.__name__, tag.__doc__)


@contextmanager
def transaction(store):
    snapshot = dict(store)
    try:
        yield store
    except KeyError as e:
        store.clear()
        store.update(snapshot)
        print("rolled back after KeyError", e)
    except ValueError:
        store.clear()
        store.update(snapshot)
        print("rolled back, re-raising")
        raise


accounts = {"a": 10, "b": 5}
with transaction(accounts) as s:
    s["a"] -= 3
    s["b"] += 3
print(accounts)
with transaction(accounts) as s:
    s["a"] -= 100
    s["zzz"]
print("after suppressed KeyError", accounts)
try:
    with transaction(accounts) as s:
        s["b"] = 0
        raise ValueError("bad amount")
except ValueError as e:
    print("caught", repr(e), accounts)


@contextmanager
def translate(errors):
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("translated: %s" % e) from e


try:
    with translate(None):
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


@contextmanager
def swallow_and_yield():
    try:
        yield
    except Exception:
        yield


for cm in [no_yield, two_yields, swallow_and_yield]:
    try:
        with cm():
            if cm is swallow_and_yield:
                raise OSError("inside")
    except RuntimeError as e:
        print(cm.__name__, "->", e)

# StopIteration inside the block is not swallowed
@contextmanager
def plain():
    yield


try:
    with plain():
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration passed through:", e)


# as a decorator: a fresh context manager per call
calls = []


@contextmanager
def traced(label):
    calls.append("enter " + label)
    yield
    calls.append("exit " + label)


@traced("work")
def work(x):
    calls.append("work %d" % x)
    return x * 2


print(work(1), work(2), calls, work.__name__)


class Timer(ContextDecorator):
    def __init__(self):
        self.depth = 0

    def __enter__(self):
        self.depth += 1
        print("  start", self.depth)
        return self

    def __exit__(self, *exc):
        print("  stop", self.depth)
        self.depth -= 1
        return False


@Timer()
def compute(n):
    return sum(range(n))


print(compute(10))

# suppress
with suppress(FileNotFoundError, KeyError):
    {}["missing"]
print("suppressed KeyError")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed:", e)
with suppress():
    pass


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closing", self.name)


with closing(Resource("db")) as r:
    print("using", r.name)
with nullcontext(42) as v:
    print("nullcontext gives", v)
with nullcontext() as v:
    print("nullcontext gives", v)


def maybe_open(name):
    return closing(Resource(name)) if name else nullcontext()


for name in ["cache", None]:
    with maybe_open(name) as res:
        print("got", res if res is None else res.name)

# redirect_stdout / redirect_stderr
buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("hidden line")
    print("another", 1, 2)
    help_text = "captured"
print(target is buf, repr(buf.getvalue()), help_text)
err = io.StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()), sys.stdout is sys.__stdout__)
outer, inner = io.StringIO(), io.StringIO()
with redirect_stdout(outer):
    print("o1")
    with redirect_stdout(inner):
        print("i1")
    print("o2")
print(repr(outer.getvalue()), repr(inner.getvalue()))


# ExitStack
class Conn(AbstractContextManager):
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail

    def __enter__(self):
        if self.fail:
            raise ConnectionError("cannot open " + self.name)
        print("open", self.name)
        return self.name

    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, exc_type.__name__ if exc_type else None)
        return False


with ExitStack() as stack:
    names = [stack.enter_context(Conn(n)) for n in ["x", "y", "z"]]
    stack.callback(print, "callback with", "args", sep="|")
    print("opened", names)
print()

try:
    with ExitStack() as stack:
        for n in ["p", "q", "bad", "r"]:
            stack.enter_context(Conn(n, fail=(n == "bad")))
except ConnectionError as e:
    print("failed:", e)
print()


def keep_open():
    with ExitStack() as stack:
        stack.enter_context(Conn("kept"))
        stack.callback(lambda: print("cleanup for kept"))
        return stack.pop_all()


later = keep_open()
print("still open")
later.close()
later.close()
print()


def swallow(exc_type, exc, tb):
    print("swallowing", exc_type.__name__)
    return True


with ExitStack() as stack:
    stack.push(swallow)
    stack.push(Conn("pushed"))
    raise KeyError("gone")
print("KeyError swallowed by a pushed exit")


def failing_cleanup():
    raise RuntimeError("cleanup failed")


try:
    with ExitStack() as stack:
        stack.callback(failing_cleanup)
        raise ValueError("original")
except RuntimeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print(e)
print(stack.callback(len) is len)
