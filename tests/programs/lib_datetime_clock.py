# datetime: the clock-based constructors (now, utcnow, today, fromtimestamp, timestamp,
# astimezone to local time) checked through values that do not depend on when or where
# the program runs: types, orderings, round trips and agreement with the time module.
import time
from datetime import date, datetime, timedelta, timezone

now = datetime.now()
print(type(now).__name__, now.tzinfo, now > datetime(2020, 1, 1), now.year >= 2024)
print(type(date.today()).__name__, date.today() > date(2020, 1, 1))
print(abs(date.today() - now.date()) <= timedelta(days=1))
aware = datetime.now(timezone.utc)
print(aware.tzinfo, aware.utcoffset(), aware.tzname())
utc = datetime.utcnow()
print(utc.tzinfo, abs(utc - aware.replace(tzinfo=None)) < timedelta(seconds=5))
print(abs(now.timestamp() - time.time()) < 5, abs(aware.timestamp() - time.time()) < 5)
stamp = 1234567890.5
local = datetime.fromtimestamp(stamp)
lt = time.localtime(stamp)
print(local.timetuple()[:6] == lt[:6], local.microsecond, local.timestamp() == stamp)
print(datetime.fromtimestamp(stamp, timezone.utc), datetime.utcfromtimestamp(stamp))
print(date.fromtimestamp(stamp) == local.date(), date.fromtimestamp(stamp) == date(*lt[:3]))
zoned = local.astimezone()
print(zoned.replace(tzinfo=None) == local, zoned.utcoffset().total_seconds() == lt.tm_gmtoff,
      zoned.tzname() == lt.tm_zone, zoned == datetime.fromtimestamp(stamp, timezone.utc))
print(zoned.astimezone(timezone.utc), datetime(2009, 2, 13, 23, 31, 30, tzinfo=timezone.utc).timestamp())
for s in [0, 86399.999999, -86400, 951782400, 4102444800]:
    d = datetime.fromtimestamp(s, timezone.utc)
    print(repr(d), d.timestamp(), datetime.fromtimestamp(s).timestamp() == s)
elapsed = datetime.now() - now
print(type(elapsed).__name__, timedelta(0) <= elapsed < timedelta(seconds=30))
