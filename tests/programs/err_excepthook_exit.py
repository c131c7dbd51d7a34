# A replaced sys.excepthook reports the uncaught error on stdout and ends with its own exit code through sys.exit.
import sys


def hook(exc_type, exc, tb):
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(f"fatal {exc_type.__name__}: {exc} (lines {lines})")
    print("excepthook is default:", sys.excepthook is sys.__excepthook__)
    sys.exit(3)


def parse(record):
    name, _, qty = record.partition(":")
    return name, int(qty)


sys.excepthook = hook
orders = ["apple:3", "pear:5", "plum:x"]
total = 0
for rec in orders:
    name, qty = parse(rec)
    total += qty
    print(name, qty, total)
