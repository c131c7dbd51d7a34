# logging with no handler configured anywhere: records of WARNING and above go to the
# last-resort handler (the bare message on stderr), lower ones nowhere; a bad format
# argument is reported on stderr as a logging error and the program goes on; it exits
# with the number of problems it counted.
import logging
import sys

log = logging.getLogger("inventory")
problems = 0
stock = {"apples": 3, "pears": 0, "plums": -2}
for item, qty in stock.items():
    if qty < 0:
        log.error("negative stock for %s: %d", item, qty)
        problems += 1
    elif qty == 0:
        log.warning("out of %s", item)
        problems += 1
    else:
        log.info("%s in stock: %d", item, qty)
print("lastResort level:", logging.getLevelName(logging.lastResort.level))
out = logging.StreamHandler(sys.stdout)
log.addHandler(out)
log.warning("now on stdout")


def report(count):
    log.warning("bad args %d", count)


report("three")
print("still running")
sys.exit(problems)
