# The time module's functions are built-in functions: stored in a class they stay plain
# functions (no self is passed), and they print as built-ins.
import time


class Clock:
    """A clock whose conversion functions are pluggable class attributes."""
    convert = time.gmtime
    render = time.asctime
    fmt = time.strftime
    now = time.time

    def __init__(self, label):
        self.label = label

    def show(self, secs):
        t = self.convert(secs)
        return "%s: %s | %s" % (self.label, self.render(t), self.fmt("%Y-%m-%d %H:%M", t))


c = Clock("utc")
for secs in (0, 86400 * 365, 1000000000, 1700000000):
    print(c.show(secs))
print(type(c.now()).__name__)

for f in (time.gmtime, time.localtime, time.mktime, time.strftime, time.strptime,
          time.asctime, time.ctime, time.time, time.monotonic_ns, time.perf_counter_ns,
          time.thread_time):
    print(repr(f), f.__name__, callable(f))


class Table:
    parse = time.strptime
    to_seconds = time.mktime


t = Table()
parsed = t.parse("2024-02-29 12:30", "%Y-%m-%d %H:%M")
print(parsed.tm_year, parsed.tm_mon, parsed.tm_mday, parsed.tm_hour, parsed.tm_min)
print(t.to_seconds(time.localtime(1234567890)) == 1234567890)
print(Clock.convert(60).tm_min, Clock("x").convert(120).tm_min)
handlers = {"g": time.gmtime, "a": time.asctime}
print(handlers["a"](handlers["g"](3600)))
