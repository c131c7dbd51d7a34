# datetime: date arithmetic: days between dates, adding months by hand (clamping the day),
# ages on birthdays, a month's calendar laid out by weekday, ISO weeks and ordinals.
from datetime import date, timedelta


def add_months(d, n):
    month0 = d.month - 1 + n
    year = d.year + month0 // 12
    month = month0 % 12 + 1
    for day in range(d.day, 27, -1):
        try:
            return d.replace(year=year, month=month, day=day)
        except ValueError:
            continue
    return d.replace(year=year, month=month)


def age(born, today):
    years = today.year - born.year
    if (today.month, today.day) < (born.month, born.day):
        years -= 1
    return years


def month_calendar(year, month):
    first = date(year, month, 1)
    lines = ["   %s %d" % (first.strftime("%B"), year), "Mo Tu We Th Fr Sa Su"]
    cells = ["  "] * first.weekday()
    d = first
    while d.month == month:
        cells.append("%2d" % d.day)
        d += timedelta(days=1)
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)


launch = date(1969, 7, 16)
landing = date(1969, 7, 20)
print("mission days:", (landing - launch).days, landing - launch)
print("to 2000:", (date(2000, 1, 1) - landing).days, "days")
for start, n in [(date(2024, 1, 31), 1), (date(2023, 1, 31), 1), (date(2024, 3, 31), -1),
                 (date(2020, 2, 29), 12), (date(2019, 11, 15), 3), (date(2021, 5, 31), -15)]:
    print(start, "+", n, "months ->", add_months(start, n))
born = date(1990, 2, 28)
for today in [date(2024, 2, 27), date(2024, 2, 28), date(2024, 12, 31), date(1990, 3, 1)]:
    print("age on", today.isoformat(), "=", age(born, today))
print(month_calendar(2024, 2))
print(month_calendar(2023, 10))
for d in [date(2020, 12, 31), date(2021, 1, 3), date(2021, 1, 4), date(2026, 12, 28)]:
    iso = d.isocalendar()
    print(d, d.strftime("%a"), d.weekday(), d.isoweekday(), tuple(iso), iso.week, iso)
print(date(2024, 3, 1).toordinal(), date.fromordinal(738946), date.fromordinal(1))
print(repr(date(2024, 3, 1) - timedelta(days=1)), date.min, date.max, repr(date.resolution))
deadlines = [date(2024, 5, 1), date(2023, 12, 25), date(2024, 1, 15)]
print([str(d) for d in sorted(deadlines)], max(deadlines), date(2024, 1, 15) in deadlines)
counts = {}
d = date(2024, 1, 1)
while d.year == 2024:
    counts[d.strftime("%A")] = counts.get(d.strftime("%A"), 0) + 1
    d += timedelta(weeks=1) if d.weekday() == 0 else timedelta(days=1)
print(sorted(counts.items()))
fridays13 = [date(y, m, 13) for y in (2023, 2024) for m in range(1, 13)
             if date(y, m, 13).weekday() == 4]
print(len(fridays13), [f.strftime("%b %Y") for f in fridays13])
print(date(2024, 12, 25).ctime(), date(2024, 2, 29).timetuple().tm_yday, date(2023, 12, 31).strftime("%j"))
