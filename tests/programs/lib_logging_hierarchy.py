# logging: a service with a tree of loggers (app, app.db, app.db.pool, app.web) sending
# records to handlers at different levels, with propagation switched off for one branch,
# name filters, callable filters, a filter class that counts, and the level machinery
# (setLevel, getEffectiveLevel, isEnabledFor, disable, addLevelName).
import logging
import sys

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("[%(name)s] %(levelname)s: %(message)s"))
app = logging.getLogger("app")
app.addHandler(out)
app.setLevel(logging.INFO)

pool = logging.getLogger("app.db.pool")       # made before its parent app.db
print("pool parent:", pool.parent.name)
db = logging.getLogger("app.db")
print("pool parent now:", pool.parent.name, "db parent:", db.parent.name)
print("same object:", logging.getLogger("app.db") is db, app.getChild("db") is db)
print(sorted(logging.root.manager.loggerDict))
print(repr(app), repr(db), repr(pool), repr(logging.getLogger()))

for lg in (app, db, pool):
    print(lg.name, lg.level, lg.getEffectiveLevel(),
          [lg.isEnabledFor(n) for n in (logging.DEBUG, logging.INFO, logging.ERROR)])

pool.debug("connection %d opened", 1)          # below INFO: dropped
pool.info("connection %d opened", 2)
db.warning("slow query: %.2f s", 1.25)
db.setLevel(logging.DEBUG)
pool.debug("connection %d reused", 2)
print("pool effective:", logging.getLevelName(pool.getEffectiveLevel()))

# a second handler on app.db only for errors
errors = []


class ListHandler(logging.Handler):
    def emit(self, record):
        errors.append((record.name, record.levelname, self.format(record)))


lh = ListHandler(logging.ERROR)
lh.setFormatter(logging.Formatter("%(levelno)d|%(msg)s|%(args)s"))
db.addHandler(lh)
pool.error("pool exhausted after %d tries", 3)
db.critical("database %s is down", "main")
db.info("retrying")
print(errors)
print("handlers:", db.handlers, db.hasHandlers(), logging.getLogger("other").hasHandlers())

# propagation off: app.web keeps its records to itself
web = logging.getLogger("app.web")
web_out = logging.StreamHandler(sys.stdout)
web_out.setFormatter(logging.Formatter("WEB %(levelname)s %(message)s"))
web.addHandler(web_out)
web.info("GET /index (propagates)")
web.propagate = False
web.info("GET /about (does not)")

# filters: by name, by a function, by an object with state
only_pool = logging.Filter("app.db.pool")
print([only_pool.filter(logging.makeLogRecord({"name": n}))
       for n in ("app.db.pool", "app.db.pool.x", "app.db.poolside", "app.db", "")])
out.addFilter(only_pool)
db.warning("filtered away")
pool.warning("let through")
out.removeFilter(only_pool)


class Counter:
    def __init__(self):
        self.seen = 0

    def filter(self, record):
        self.seen += 1
        return "secret" not in record.getMessage()


counter = Counter()
app.addFilter(counter)
app.info("public notice")
app.info("the secret is 42")
app.removeFilter(counter)
out.addFilter(lambda record: record.levelno != logging.WARNING)
app.warning("a warning nobody sees")
app.error("an error everybody sees")
print("counter saw", counter.seen)

# custom levels and disable()
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelName(33))
app.log(25, "custom level %s", "works")
logging.disable(logging.ERROR)
app.error("disabled")
app.critical("critical passes")
logging.disable(logging.NOTSET)
app.error("enabled again")
app.removeHandler(out)
app.error("to no handler of app (db has one)")
print(logging.getLevelNamesMapping()["WARN"], logging.FATAL, logging.WARN)

for bad in ("LOUD", 2.5, None):
    try:
        app.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    logging.getLogger(42)
except TypeError as e:
    print("TypeError", e)
try:
    app.log("INFO", "x")
except TypeError as e:
    print("TypeError", e)

# warnings routed to the py.warnings logger
import warnings

app.addHandler(out)
warn_out = logging.StreamHandler(sys.stdout)
warn_out.setFormatter(logging.Formatter("captured [%(name)s] %(message)s"))
logging.getLogger("py.warnings").addHandler(warn_out)
logging.captureWarnings(True)
warnings.warn("the old API is deprecated", UserWarning)
warnings.warn("check your input", RuntimeWarning)
logging.captureWarnings(False)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("recorded, not logged")
print([str(w.message) for w in caught])
