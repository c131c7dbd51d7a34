# sys.excepthook replaced: the uncaught error goes to the hook (type, value, traceback); a hook that fails prints both tracebacks.
import sys

log = []


def report(exc_type, exc, tb):
    depth = 0
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    log.append((exc_type.__name__, str(exc), depth))
    print("hook:", exc_type.__name__, exc, "frames:", depth)
    print("log so far:", log)
    raise LookupError("hook could not file the report")


class ConfigError(Exception):
    pass


def load(settings, key):
    if key not in settings:
        raise ConfigError(f"missing key {key!r}")
    return settings[key]


def main():
    settings = {"host": "localhost", "port": 8080}
    for key in ("host", "port"):
        print(key, "=", load(settings, key))
    load(settings, "timeout")


sys.excepthook = report
main()
