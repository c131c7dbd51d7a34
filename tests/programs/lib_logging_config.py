# logging.config.dictConfig: a service configured from one dictionary — formatters in
# two styles, a name filter and a custom filter made by a '()' factory, console and
# error handlers on ext://sys.stdout, a MemoryHandler targeting another handler by name,
# per-logger levels and propagation, what happens to loggers that existed before, an
# incremental update, and the errors for bad configurations.
import logging
import logging.config


class OnlyEven:
    def __init__(self, field="n"):
        self.field = field

    def filter(self, record):
        return getattr(record, self.field, 0) % 2 == 0


old = logging.getLogger("legacy")
old_child = logging.getLogger("app.db.old")
CONFIG = {
    "version": 1,
    "formatters": {
        "brief": {"format": "%(levelname)-7s %(name)s: %(message)s"},
        "braces": {"format": "{name}|{levelname}|{message}", "style": "{"},
    },
    "filters": {
        "app_only": {"name": "app"},
        "even": {"()": "__main__.OnlyEven", "field": "n"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "brief",
                    "stream": "ext://sys.stdout", "level": "DEBUG",
                    "filters": ["app_only"]},
        "errors": {"class": "logging.StreamHandler", "formatter": "braces",
                   "stream": "ext://sys.stdout", "level": "ERROR"},
        "buffer": {"class": "logging.handlers.MemoryHandler", "capacity": 3,
                   "target": "errors", "flushLevel": 50},
        "evens": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                  "formatter": "brief", "filters": ["even"]},
    },
    "loggers": {
        "app": {"level": "DEBUG", "handlers": ["console"], "propagate": True},
        "app.db": {"level": "WARNING"},
        "jobs": {"handlers": ["buffer"], "propagate": False},
        "numbers": {"level": "INFO", "handlers": ["evens"], "propagate": False},
    },
    "root": {"level": "INFO", "handlers": ["errors"]},
}
logging.config.dictConfig(CONFIG)
print(sorted(CONFIG["handlers"]), CONFIG["formatters"]["brief"])    # not changed

app = logging.getLogger("app")
app.debug("debug from app")
logging.getLogger("app.web").info("request served")
logging.getLogger("app.db").info("hidden: app.db is at WARNING")
logging.getLogger("app.db").error("db error")
logging.getLogger("other").error("outside app: only the errors handler")
print("legacy disabled:", old.disabled, "| app.db.old disabled:", old_child.disabled,
      old_child.level, old_child.propagate)
old.error("never shown")

jobs = logging.getLogger("jobs")
for i in range(4):
    jobs.error("job %d failed", i)
jobs.critical("critical flushes the buffer")
numbers = logging.getLogger("numbers")
for n in range(5):
    numbers.info("number %d", n, extra={"n": n})

root = logging.getLogger()
print([h.name for h in root.handlers], [h.name for h in app.handlers],
      logging.getLevelName(root.level), app.propagate, jobs.propagate)
buffer = jobs.handlers[0]
print(type(buffer).__name__, buffer.capacity, buffer.target.name,
      logging.getLevelName(buffer.flushLevel))

# incremental: only levels change
logging.config.dictConfig({"version": 1, "incremental": True,
                           "handlers": {"console": {"level": "WARNING"}},
                           "loggers": {"app": {"level": "INFO"}}})
app.info("hidden by the console handler's new level")
app.warning("still shown")

# a second full configuration, keeping existing loggers enabled
logging.config.dictConfig({
    "version": 1, "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(message)s"}},
    "handlers": {"out": {"class": "logging.StreamHandler", "formatter": "plain",
                         "stream": "ext://sys.stdout"}},
    "root": {"level": "WARNING", "handlers": ["out"]},
})
logging.getLogger("other").warning("reconfigured: other still enabled")
app.warning("app keeps its closed handler list emptied? %s", [h.name for h in app.handlers])

BAD = [
    {},
    {"version": 2},
    {"version": 1, "handlers": {"h": {"class": "logging.Nope"}}},
    {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "zz"}}},
    {"version": 1, "loggers": {"a": {"handlers": ["zz"]}}},
    {"version": 1, "loggers": {"a": {"level": "LOUD"}}},
    {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "bad-key": 1}}},
    {"version": 1, "formatters": {"f": {"format": "%(x)"}}},
    {"version": 1, "root": {"level": "x"}},
    {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "filters": ["nof"]}}},
    {"version": 1, "incremental": True, "handlers": {"ghost": {"level": "INFO"}}},
]
for config in BAD:
    try:
        logging.config.dictConfig(config)
    except ValueError as e:
        cause = e.__cause__
        print("ValueError:", e, "| cause:",
              None if cause is None else "%s: %s" % (type(cause).__name__, cause))
