# except* (3.11) in a small task runner: each clause handles its part of a group, naked
# exceptions are wrapped, unhandled parts and re-raised parts keep the group's shape,
# exceptions raised in clauses are collected into a new group.
import sys


class Timeout(Exception):
    pass


class Crash(Exception):
    pass


def run_task(name, kind):
    if kind == "ok":
        return name.upper()
    if kind == "timeout":
        raise Timeout(name)
    if kind == "crash":
        raise Crash(name)
    if kind == "bad":
        raise ValueError(f"bad input for {name}")
    raise KeyError(kind)


def run_all(tasks):
    results, errors = [], []
    for name, kind in tasks:
        try:
            results.append(run_task(name, kind))
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup(f"{len(errors)} of {len(tasks)} tasks failed", errors)
    return results


def describe(e, indent="  "):
    if isinstance(e, BaseExceptionGroup):
        lines = [f"{indent}{type(e).__name__}({e.message!r})"]
        for sub in e.exceptions:
            lines.extend(describe(sub, indent + "  "))
        return lines
    return [f"{indent}{e!r}"]


def supervise(tasks):
    log = []
    try:
        try:
            print("results:", run_all(tasks))
        except* Timeout as group:
            log.append(f"retry later: {[str(e) for e in group.exceptions]}")
        except* (ValueError, KeyError) as group:
            log.append(f"rejected: {len(group.exceptions)}")
            if any(isinstance(e, KeyError) for e in group.exceptions):
                raise RuntimeError("unknown task kind")
        except* Crash:
            log.append("crash seen, passing it on")
            raise
        else:
            log.append("no failures")
        finally:
            log.append("cleanup")
    except BaseException as final:
        log.append("escaped:")
        log.extend(describe(final))
        ctx = [type(e.__context__).__name__ for e in getattr(final, "exceptions", [])]
        if ctx:
            log.append(f"contexts: {ctx}")
    for line in log:
        print(" ", line)


print("== all fine")
supervise([("a", "ok"), ("b", "ok")])
print("== timeouts only")
supervise([("a", "timeout"), ("b", "ok"), ("c", "timeout")])
print("== mixed")
supervise([("a", "timeout"), ("b", "bad"), ("c", "crash"), ("d", "ok")])
print("== unknown kind")
supervise([("a", "mystery"), ("b", "crash"), ("c", "bad")])


# naked exceptions are wrapped in ExceptionGroup('') for the clause
def parse(text):
    value = -1
    try:
        value = int(text)
    except* ValueError as g:
        print("wrapped:", repr(g), type(g.exceptions[0]).__name__,
              sys.exc_info()[1] is g)
    return value


print(parse("12"), parse("twelve"))


# a naked exception no clause matches goes on unchanged
def lookup(d, k):
    found = None
    try:
        found = d[k]
    except* TypeError:
        found = "type"
    return found


try:
    lookup({}, "missing")
except KeyError as e:
    print("naked KeyError passed through:", repr(e))


# bare raise of a wrapped naked exception raises the group
try:
    try:
        1 / 0
    except* ZeroDivisionError:
        raise
except ExceptionGroup as e:
    print("re-raised:", repr(e))

# nested groups are split recursively; the rest keeps its nesting
nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]),
                                  OSError(4)])
try:
    try:
        raise nested
    except* ValueError as vs:
        print("values:", repr(vs))
    except* OSError as os_errors:
        print("os:", repr(os_errors))
except ExceptionGroup as rest:
    print("rest:", repr(rest), rest.__traceback__ is nested.__traceback__)

# what the clauses raise and re-raise is combined
try:
    try:
        raise ExceptionGroup("jobs", [ValueError("v"), TypeError("t"), Crash("c")])
    except* ValueError as vs:
        raise LookupError("from values") from vs.exceptions[0]
    except* TypeError:
        raise
    except* Crash as cs:
        raise cs
except ExceptionGroup as combined:
    print("combined:", repr(combined))
    for e in combined.exceptions:
        print("  ", repr(e), "cause:", repr(e.__cause__),
              "context:", type(e.__context__).__name__)

# BaseException subclasses make a BaseExceptionGroup
try:
    try:
        raise KeyboardInterrupt
    except* KeyboardInterrupt as k:
        print("caught", repr(k), type(k).__name__)
        raise
except BaseExceptionGroup as b:
    print("escaped as", type(b).__name__)


# the errors of except* clauses themselves
def bad_clause(kind):
    try:
        raise ValueError("x")
    except* kind:
        pass


for kind in (ExceptionGroup, (ValueError, BaseExceptionGroup), "ValueError", (ValueError, 1)):
    try:
        bad_clause(kind)
    except TypeError as e:
        print("TypeError:", e, "| context:", repr(e.__context__))

# the name bound by `except* ... as` is deleted after the clause
try:
    raise ExceptionGroup("g", [ValueError()])
except* ValueError as handled:
    pass
try:
    handled
except NameError as e:
    print("NameError:", e)
