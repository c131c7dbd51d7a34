# The exit status of an uncaught SystemExit is its code attribute (reassigned here), and a code of several args prints as a tuple.
import sys


class Shutdown(SystemExit):
    def __init__(self, reason, status):
        super().__init__(status)
        self.reason = reason


def stop(reason):
    exc = Shutdown(reason, 1)
    if reason.startswith("warn"):
        exc.code = 0
    elif reason.startswith("disk"):
        exc.code = 4
    return exc


for r in ["warn: low memory", "disk full", "crash"]:
    e = stop(r)
    print(r, "->", e.code, e.args)

try:
    raise SystemExit("bad", "input")
except SystemExit as e:
    print("code:", e.code)

raise stop("disk quota exceeded")
