# datetime: parsing and formatting round trips: strptime with the common directives,
# strftime and format() specs, isoformat with sep and timespec, fromisoformat of dates,
# times and datetimes, and a small log-line parser that sorts and buckets events.
from datetime import date, datetime, time, timedelta

log = """2024-03-09 23:58:01.250 login alice
2024-03-10 00:02:17.000 upload alice
09/Mar/2024:22:15:00 login bob
2024-03-10T01:30:45 logout alice
Sun Mar 10 02:00:00 2024 logout bob"""

FORMATS = ["%Y-%m-%d %H:%M:%S.%f", "%d/%b/%Y:%H:%M:%S", "%Y-%m-%dT%H:%M:%S",
           "%a %b %d %H:%M:%S %Y"]


def parse_line(line):
    words = line.split()
    for n in (5, 2, 1):
        stamp = " ".join(words[:n])
        for fmt in FORMATS:
            try:
                return datetime.strptime(stamp, fmt), words[n:]
            except ValueError:
                pass
    raise ValueError("no format for %r" % line)


events = sorted(parse_line(line) for line in log.splitlines())
for when, (what, who) in events:
    print(when.isoformat(timespec="milliseconds"), what, who)
first = events[0][0]
for when, (what, who) in events[1:]:
    print("%-7s +%s" % (what, when - first))
by_hour = {}
for when, _ in events:
    key = when.replace(minute=0, second=0, microsecond=0)
    by_hour[key] = by_hour.get(key, 0) + 1
print([(k.strftime("%d %H:00"), v) for k, v in sorted(by_hour.items())])

dt = datetime(2024, 7, 4, 15, 7, 9, 123456)
for fmt in ["%Y-%m-%d %H:%M:%S", "%d/%m/%y %I:%M %p", "%A %d %B %Y", "%a %b %e %j",
            "%H%M%S.%f", "%y%m%d", "%%Y is %Y", "%c", "%x %X", "%U %W %w %u"]:
    text = dt.strftime(fmt)
    print(repr(fmt), "->", repr(text))
print(format(dt, "%Y/%m/%d"), "{:%H:%M}".format(dt), f"{dt:%B %d} {dt.date()} {dt.time()}", format(dt, ""))
print(str(dt), repr(dt), dt.isoformat(), dt.isoformat(" "), dt.isoformat("_", "seconds"))
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, dt.isoformat(timespec=spec), time(9, 5).isoformat(spec))
for text in ["2024-02-29", "2024-02-29T12:30", "2024-02-29 12:30:15.5", "20240229T123015",
             "2024-02-29T12:30:15.123456", "2024-W09-4", "2024-02-29T00:00:00Z"]:
    print(text, "->", repr(datetime.fromisoformat(text)))
print(repr(date.fromisoformat("1999-12-31")), repr(time.fromisoformat("23:59:59.999")))
for stamp, fmt in [("31.12.1999 23:59", "%d.%m.%Y %H:%M"), ("7 jan 70", "%d %b %y"),
                   ("JULY 4 1976 12AM", "%B %d %Y %I%p"), ("2023-365", "%Y-%j"),
                   ("12:00:00 PM", "%I:%M:%S %p"), ("5/6/07", "%m/%d/%y")]:
    parsed = datetime.strptime(stamp, fmt)
    print(stamp, "->", parsed, "->", parsed.strftime(fmt))
for d in [datetime(1999, 1, 1, 8), datetime(2038, 1, 19, 3, 14, 7), datetime(1, 1, 1)]:
    assert datetime.fromisoformat(d.isoformat()) == d
    print(d, "round-trips", d.strftime("%Y %j %H:%M:%S"),
          datetime.strptime(d.strftime("%Y %j %H:%M:%S"), "%Y %j %H:%M:%S") == d
          if d.year >= 1000 else "(%Y gives no 4 digits)")
print(datetime.combine(date(2024, 1, 1), time(6, 30)), datetime(2024, 1, 1).ctime())
for text, fmt in [("2024-W01-1", "%G-W%V-%u"), ("2026-W53-Sun", "%G-W%V-%a"),
                  ("2024 week 0 Mon", "%Y week %W %a"), ("2024 week 10 sunday", "%Y week %U %A")]:
    parsed = datetime.strptime(text, fmt)
    print(text, "->", parsed.date(), parsed.strftime("%G-W%V-%u / %Y %U %W %w"))
