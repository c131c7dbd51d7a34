# logging: configuring the root logger with basicConfig (stream, level, format, datefmt,
# style, force, filename/filemode, handlers) and logging through the module-level
# functions logging.debug/info/warning/error/critical/log/exception.
import logging
import os
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="%(levelname)s %(name)s: %(message)s")
logging.debug("not shown")
logging.info("started with %d workers", 4)
logging.warning("disk %d%% full", 91)
logging.error("job %s failed", "nightly")
logging.critical("shutting down")
logging.log(logging.WARNING, "via log()")
root = logging.getLogger()
print(root.level, root.handlers, root is logging.root, logging.getLogger("root") is root)

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="IGNORED %(message)s")
logging.debug("still not shown: the second basicConfig did nothing")
print("level still", logging.getLevelName(root.level))

logging.basicConfig(stream=sys.stdout, level="DEBUG", style="{",
                    format="{levelname:<7}|{message}", force=True)
logging.debug("shown after force")
logging.getLogger("svc.api").info("child loggers propagate to root")
try:
    int("nope")
except ValueError:
    logging.exception("conversion failed")

path = "lib_logging_basicconfig.tmp"
logging.basicConfig(filename=path, filemode="w", level=logging.WARNING,
                    format="%(levelname)s:%(message)s", force=True)
logging.warning("to the file")
logging.info("filtered out")
logging.error("also to the file")
h = root.handlers[0]
print(type(h).__name__, os.path.basename(h.baseFilename), h.mode)
logging.basicConfig(stream=sys.stdout, force=True)     # closes the file handler
with open(path) as f:
    print(repr(f.read()))
os.remove(path)
logging.warning("default format on stdout")
logging.info("root level is still WARNING")

a = logging.StreamHandler(sys.stdout)
b = logging.StreamHandler(sys.stdout)
b.setFormatter(logging.Formatter("B> %(message)s"))
logging.basicConfig(handlers=[a, b], format="A> %(message)s", force=True)
logging.error("two handlers")
print(a.formatter._fmt, b.formatter._fmt)

for kwargs in [{"stream": sys.stdout, "filename": "x.log"},
               {"handlers": [a], "stream": sys.stdout},
               {"style": "?"}, {"colour": True}]:
    try:
        logging.basicConfig(force=True, **kwargs)
    except ValueError as e:
        print("ValueError:", e)

# times: a filter pins each record's creation time, so asctime and datefmt are fixed
import time


def frozen_clock(record):
    record.created = 1700000000.125
    record.msecs = 125.0
    return True


logging.Formatter.converter = time.gmtime
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, force=True,
                    format="%(asctime)s %(levelname)s %(message)s", datefmt="%d %b %Y %H:%M")
root.handlers[0].addFilter(frozen_clock)
logging.info("with datefmt")
logging.basicConfig(stream=sys.stdout, force=True, format="[%(asctime)s] %(message)s")
root.handlers[0].addFilter(frozen_clock)
logging.warning("default time format with milliseconds")
handler = root.handlers[0]
handler.setLevel(logging.ERROR)
logging.warning("below the handler's level")
logging.error("at the handler's level")
print(handler, handler.level, logging.getLevelName(handler.level))
