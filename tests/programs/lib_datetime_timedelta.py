# datetime: timedelta normalisation (negative and float components), str and repr, total
# seconds, arithmetic with ints and floats, //, /, %, divmod, comparisons, min/max, and a
# duration formatter built on them.
from datetime import timedelta

cases = [
    timedelta(days=-1),
    timedelta(seconds=-1),
    timedelta(microseconds=-1),
    timedelta(hours=25, minutes=61, seconds=61),
    timedelta(days=1.5),
    timedelta(seconds=0.5),
    timedelta(milliseconds=-1.5),
    timedelta(weeks=-0.5, hours=1),
    timedelta(minutes=-90),
    timedelta(days=-1, seconds=86399, microseconds=500000),
    timedelta(microseconds=2.5),
    timedelta(microseconds=3.5),
    timedelta(),
]
for td in cases:
    print(repr(td), "|", td, "|", td.days, td.seconds, td.microseconds, td.total_seconds())


def describe(td):
    sign = "-" if td < timedelta(0) else ""
    total = abs(td)
    hours, rest = divmod(total, timedelta(hours=1))
    minutes, rest = divmod(rest, timedelta(minutes=1))
    return "%s%dh %02dm %02ds" % (sign, hours, minutes, rest.seconds)


laps = [timedelta(minutes=1, seconds=32.4), timedelta(seconds=89.95), timedelta(seconds=95.1)]
total = sum(laps, timedelta())
print("total", total, "mean", total / len(laps), "best", min(laps), "worst", max(laps))
print("describe", describe(total * 40), describe(-timedelta(hours=3, seconds=5)))
print(timedelta(hours=10) / timedelta(minutes=45), timedelta(hours=10) // timedelta(minutes=45))
print(timedelta(hours=10) % timedelta(minutes=45), divmod(timedelta(hours=-10), timedelta(minutes=45)))
print(timedelta(days=1) * 2.5, 3 * timedelta(hours=9), timedelta(seconds=10) / 3)
print(timedelta(seconds=10) // 3, timedelta(seconds=1) / 7, timedelta(seconds=1) * (1 / 3))
print(-timedelta(seconds=1), +timedelta(hours=1), abs(timedelta(days=-3, hours=5)))
print(timedelta(hours=24) == timedelta(days=1), timedelta(1) != timedelta(1, 1),
      timedelta(seconds=59) < timedelta(minutes=1), timedelta(0) == 0, bool(timedelta(0)))
print(sorted([timedelta(hours=2), timedelta(-1), timedelta(minutes=5)]))
print(repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution))
print(timedelta.min, "/", timedelta.max)
print(len({timedelta(hours=1), timedelta(minutes=60), timedelta(seconds=3600)}))
for make in [lambda: timedelta(days=1000000000), lambda: timedelta.max + timedelta(1),
             lambda: timedelta(1) // 0, lambda: timedelta(1) / 0,
             lambda: timedelta(1) % timedelta(0)]:
    try:
        print(make())
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
