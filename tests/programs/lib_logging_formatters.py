# logging: formatting records: %-, {}- and $-style formats, the record's attributes
# (levelno, msg, args, module, funcName, lineno, filename), times from a fixed clock
# (converter = time.gmtime, created set on the record), defaults, extra, LoggerAdapter,
# exceptions with their tracebacks, stack_info and a Formatter subclass.
import logging
import sys
import time

log = logging.getLogger("report")
log.setLevel(logging.DEBUG)
handler = logging.StreamHandler(sys.stdout)
log.addHandler(handler)


def use(fmt, style="%", **kw):
    handler.setFormatter(logging.Formatter(fmt, style=style, **kw))


def compute_total(items):
    log.debug("summing %d items", len(items))
    return sum(items)


use("%(levelname)s %(module)s.%(funcName)s:%(lineno)d %(message)s")
compute_total([1, 2, 3])
log.info("plain %s %s", "two", "args")
use("{levelname:>8} | {name} | {message}", style="{")
log.warning("braces %d%%", 50)
use("$levelname/$name: ${message}!", style="$")
log.error("dollars")
use("%(levelno)03d %(msg)r %(args)s %(filename)s %(threadName)s %(processName)s")
log.info("raw %s and %d", "text", 7)
log.info("a dict %(user)s", {"user": "ann"})
use("%(message)s [%(user)s @ %(ip)s]")
log.warning("login", extra={"user": "bob", "ip": "10.0.0.1"})
use("%(message)s [%(user)s]", defaults={"user": "nobody"})
log.info("no user given")
log.info("user given", extra={"user": "cy"})

adapter = logging.LoggerAdapter(log, {"user": "dee"})
adapter.info("through an adapter %d", 1)
print(repr(adapter), adapter.isEnabledFor(logging.DEBUG), adapter.getEffectiveLevel())


class RequestAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[req %s] %s" % (self.extra["req"], msg), kwargs


use("%(levelname)s %(message)s")
RequestAdapter(log, {"req": 17}).warning("timeout after %ds", 30)

# times from a fixed clock
fmt = logging.Formatter("%(asctime)s %(levelname)s %(message)s")
fmt.converter = time.gmtime
rec = logging.makeLogRecord({"msg": "at the epoch + %d s", "args": (86461,),
                             "levelname": "INFO", "created": 86461.25, "msecs": 250.0})
print(fmt.format(rec))
print(fmt.formatTime(rec), fmt.formatTime(rec, "%d/%m/%Y %H:%M"), fmt.usesTime())
fmt2 = logging.Formatter("{asctime} {message}", datefmt="%H:%M:%S", style="{")
fmt2.converter = time.gmtime
print(fmt2.format(rec), fmt2.usesTime())
print(repr(rec), rec.getMessage())


def parse(text):
    return int(text)


use("%(levelname)s:%(name)s:%(message)s")
for text in ["12", "x1"]:
    try:
        print("parsed", parse(text))
    except ValueError:
        log.exception("cannot parse %r", text)
try:
    {}["missing"]
except KeyError as e:
    log.error("lookup failed", exc_info=e)
    log.warning("no traceback here", exc_info=False)


def deep():
    log.info("where am I?", stack_info=True)


def outer():
    deep()


use("%(funcName)s: %(message)s")
outer()


def helper(msg):
    log.info(msg, stacklevel=2)


def caller():
    helper("reported from the caller")


caller()


class Upper(logging.Formatter):
    def format(self, record):
        return super().format(record).upper()

    def formatException(self, ei):
        return "exception: " + ei[0].__name__


up = Upper("%(name)s - %(message)s")
handler.setFormatter(up)
log.info("shouted")
try:
    raise RuntimeError("boom")
except RuntimeError:
    log.exception("caught")

for bad, style in [("no fields", "%"), ("%(x)", "%"), ("{", "{"), ("plain", "{"),
                   ("{a!z}", "{"), ("{a} }", "{"), ("plain", "$"), ("%(x)s", "#"),
                   ("{a:zz}", "{"), ("{a b}", "{"), ("cost $5", "$"), ("$a $", "$")]:
    try:
        logging.Formatter(bad, style=style)
        print("accepted", bad)
    except ValueError as e:
        print("ValueError", e)
print(logging.Formatter("%(x)s")._fmt, logging.Formatter()._fmt,
      logging.Formatter(style="{")._fmt, logging.Formatter(style="$")._fmt)
try:
    logging.Formatter("%(nothere)s").format(logging.makeLogRecord({"msg": "m"}))
except ValueError as e:
    print("ValueError", e)

# records made in other threads carry their names
import threading

handler.setFormatter(logging.Formatter("%(threadName)s: %(message)s"))


def worker(n):
    log.info("worker %d reporting", n)


for n in range(3):
    t = threading.Thread(target=worker, args=(n,), name="worker-%d" % n)
    t.start()
    t.join()
log.info("back in the main thread")
