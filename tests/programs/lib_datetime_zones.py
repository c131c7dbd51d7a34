# datetime: time zones with fixed offsets: timezone names and reprs, aware datetimes and
# their isoformat/strftime offsets, astimezone between zones, UTC timestamps, comparing and
# subtracting aware datetimes, and the naive-versus-aware TypeErrors.
from datetime import date, datetime, time, timedelta, timezone

UTC = timezone.utc
NYC = timezone(timedelta(hours=-5), "EST")
IST = timezone(timedelta(hours=5, minutes=30))
NPT = timezone(timedelta(hours=5, minutes=45), "NPT")
ODD = timezone(-timedelta(hours=3, minutes=30, seconds=15))
for tz in [UTC, NYC, IST, NPT, ODD, timezone(timedelta(0)), timezone.min, timezone.max]:
    print(repr(tz), "|", tz, "|", tz.utcoffset(None), tz.dst(None), tz.tzname(None))

meeting = datetime(2024, 3, 15, 9, 30, tzinfo=NYC)
print(repr(meeting))
print(meeting, meeting.isoformat(), meeting.strftime("%Y-%m-%d %H:%M %z %Z"))
for tz in [UTC, IST, NPT, ODD]:
    local = meeting.astimezone(tz)
    print("%-9s %s %s same instant: %s" % (tz.tzname(None), local, local.strftime("%a %H:%M %z"),
                                           local == meeting))
stamp = meeting.timestamp()
print(stamp, datetime.fromtimestamp(stamp, UTC), datetime.fromtimestamp(stamp, IST))
print(datetime.utcfromtimestamp(stamp), datetime.fromtimestamp(0, timezone.utc))
print(datetime(1970, 1, 1, tzinfo=UTC).timestamp(), datetime(2000, 1, 1, tzinfo=NPT).timestamp())

flights = [("JFK", datetime(2024, 6, 1, 22, 15, tzinfo=NYC)),
           ("DEL", datetime(2024, 6, 2, 22, 45, tzinfo=IST))]
duration = flights[1][1] - flights[0][1]
print("flight takes", duration, duration.total_seconds() / 3600, "hours")
print("arrival in departure time:", flights[1][1].astimezone(NYC).strftime("%d %H:%M"))
events = [datetime(2024, 1, 1, 0, 0, tzinfo=IST), datetime(2023, 12, 31, 19, 0, tzinfo=UTC),
          datetime(2023, 12, 31, 13, 0, tzinfo=NYC)]
print([e.isoformat() for e in sorted(events)])
print(events[0] < events[1], events[1] == events[2].astimezone(UTC), len(set(events)))
print(datetime(2024, 1, 1, tzinfo=UTC) == datetime(2024, 1, 1))
for op in ["<", "-"]:
    try:
        if op == "<":
            datetime(2024, 1, 1, tzinfo=UTC) < datetime(2024, 1, 1)
        else:
            datetime(2024, 1, 1, tzinfo=UTC) - datetime(2024, 1, 1)
    except TypeError as e:
        print("TypeError:", e)
try:
    time(9, tzinfo=UTC) < time(10)
except TypeError as e:
    print("TypeError:", e)
print(time(9, tzinfo=IST) < time(4, tzinfo=UTC), time(9, 30, tzinfo=IST) == time(4, tzinfo=UTC))
t = time(23, 59, 30, tzinfo=ODD)
print(repr(t), t, t.utcoffset(), t.tzname(), t.strftime("%H:%M %z"))
aware = datetime.combine(date(2024, 2, 29), time(12, tzinfo=NPT))
print(repr(aware), aware.utcoffset(), aware.replace(tzinfo=None), aware.timetz())
print(aware.utctimetuple()[:6], aware.astimezone(UTC).replace(tzinfo=None))
print(datetime.fromisoformat("2024-02-29T12:00:00+05:45") == aware,
      repr(datetime.fromisoformat("2024-02-29T12:00:00-03:30:15").tzinfo))
print(datetime.strptime("2024-02-29 12:00 +0545", "%Y-%m-%d %H:%M %z") == aware,
      datetime.strptime("2024-02-29 06:15 Z", "%Y-%m-%d %H:%M %z").tzinfo)
print(datetime.fromtimestamp(1e9, UTC).astimezone(NYC).ctime())
