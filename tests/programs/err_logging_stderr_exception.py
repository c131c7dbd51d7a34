# logging: basicConfig's default handler writes to stderr: formatted records with their
# function names, a traceback logged by logger.exception, the root logger's default
# format, then an uncaught exception (its last stderr line and exit code are compared).
import logging

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(name)s:%(funcName)s: %(message)s")
log = logging.getLogger("loader")


def load(name):
    log.debug("loading %s", name)
    if not name.endswith(".cfg"):
        raise ValueError("not a config file: " + name)
    return {"name": name}


for name in ["main.cfg", "notes.txt"]:
    try:
        print(load(name))
    except ValueError:
        log.exception("skipping %s", name)

logging.warning("falling back to defaults")
logging.getLogger().handlers[0].setFormatter(logging.Formatter())
logging.info("plain message format")
load("final.txt")
