# traceback: an import job that logs each failed batch with traceback.format_exc (chained
# causes, caret lines, a recursion summary), then reports the failures it kept as
# extract_tb summaries, format_exception_only lines and notes.
import sys
import traceback


class ValidationError(Exception):
    pass


def parse_record(line):
    name, qty = line.split(",")
    return name.strip(), int(qty)


def load(lines):
    out = []
    for line in lines:
        try:
            out.append(parse_record(line))
        except ValueError as e:
            raise ValidationError("bad record: %r" % line) from e
    return out


def total(records):
    return sum(q for _, q in records) / len(records)


log = []
failures = []
for batch in [["apples, 3", "pears, 2"], ["plums, 1", "figs, x"], ["kiwis"], []]:
    try:
        records = load(batch)
        print("batch ok:", records, "mean", total(records))
    except Exception as exc:
        log.append(traceback.format_exc())
        failures.append(exc)

for n, entry in enumerate(log, 1):
    print("=== failure %d ===" % n)
    print(entry, end="")

print("=== summaries ===")
for exc in failures:
    frames = traceback.extract_tb(exc.__traceback__)
    print(type(exc).__name__, [(f.name, f.lineno, f.line) for f in frames])
    print("  last:", traceback.format_exception_only(exc)[-1], end="")
    cause = exc.__cause__
    if cause is not None:
        print("  cause:", "".join(traceback.format_exception_only(cause)), end="")


def lookup(table, key):
    return table[key] * 2


try:
    lookup({"a": 1}, "b")
except KeyError as e:
    tb = e.__traceback__
    print("".join(traceback.format_tb(tb)), end="")
    traceback.print_exception(e, file=sys.stdout)
    traceback.print_exception(type(e), e, tb, limit=1, file=sys.stdout)
    print("".join(traceback.format_exception(e, limit=-1)), end="")
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), len(te.stack), te.stack[-1].name)


def retry(task, attempts):
    if attempts == 0:
        raise TimeoutError("gave up on " + task)
    return retry(task, attempts - 1)


try:
    retry("upload", 6)
except TimeoutError:
    traceback.print_exc(file=sys.stdout)

try:
    try:
        {}["config"]
    except KeyError:
        raise RuntimeError("no configuration")
except RuntimeError:
    traceback.print_exc(file=sys.stdout)
    traceback.print_exc(file=sys.stdout, chain=False)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("suppressed context") from None
except ValueError as e:
    e.add_note("while computing the ratio")
    e.add_note("input was empty")
    print(traceback.format_exc(), end="")
