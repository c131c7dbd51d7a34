# datetime: the ValueError, TypeError and OverflowError messages of bad dates, times,
# offsets, timespecs, ISO strings and strptime formats, printed as a form validator would.
from datetime import date, datetime, time, timedelta, timezone


def check(label, make):
    try:
        value = make()
    except (ValueError, TypeError, OverflowError) as e:
        print("%-22s %s: %s" % (label, type(e).__name__, e))
    else:
        print("%-22s ok: %r" % (label, value))


form = [("2024-02-29", "leap day"), ("2023-02-29", "not leap"), ("2024-13-01", "month 13"),
        ("2024-00-10", "month 0"), ("2024-04-31", "April 31"), ("0000-01-01", "year 0"),
        ("2024-4-1", "short"), ("2024/04/01", "slashes"), ("", "empty")]
for text, label in form:
    check(label, lambda: date.fromisoformat(text))
for text, label in form[:6]:
    y, m, d = (int(part) for part in text.split("-"))
    check("date" + str((y, m, d)), lambda: date(y, m, d))
check("year 10000", lambda: date(10000, 1, 1))
check("float year", lambda: date(2024.0, 1, 1))
check("str month", lambda: date(2024, "1", 1))
check("hour 24", lambda: time(24, 0))
check("minute 60", lambda: time(12, 60))
check("second 60", lambda: datetime(2024, 1, 1, 0, 0, 60))
check("microsecond 1e6", lambda: time(0, 0, 0, 1000000))
check("negative hour", lambda: datetime(2024, 1, 1, -1))
check("fold 2", lambda: time(1, fold=2))
check("ordinal 0", lambda: date.fromordinal(0))
check("timespec", lambda: time(1).isoformat(timespec="days"))
check("bad tzinfo", lambda: datetime(2024, 1, 1, tzinfo="UTC"))
check("offset 24h", lambda: timezone(timedelta(hours=24)))
check("offset -25h", lambda: timezone(timedelta(hours=-25)))
check("offset int", lambda: timezone(3600))
check("past max", lambda: date.max + timedelta(days=1))
check("before min", lambda: datetime.min - timedelta(microseconds=1))
check("huge delta", lambda: timedelta(weeks=200000000))
check("replace day", lambda: date(2024, 1, 31).replace(month=2))
check("iso time", lambda: time.fromisoformat("25:00"))
check("iso datetime", lambda: datetime.fromisoformat("2024-01-01T12:3"))
check("iso type", lambda: datetime.fromisoformat(20240101))
for data, fmt in [("2024-02-30", "%Y-%m-%d"), ("2024-02-10 extra", "%Y-%m-%d"),
                  ("10:61", "%H:%M"), ("24:00", "%H:%M"), ("Feb 29", "%b %d"),
                  ("2024", "%Y %Q"), ("2024 %", "%Y %"), ("12 PM", "%H %p"),
                  ("12:00:60", "%H:%M:%S"), ("1/2/3", "%d/%m/%y")]:
    check(fmt, lambda: datetime.strptime(data, fmt))
check("strptime int", lambda: datetime.strptime(2024, "%Y"))
check("strftime int", lambda: date(2024, 1, 1).strftime(5))
