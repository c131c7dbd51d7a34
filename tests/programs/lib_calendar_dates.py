# calendar: date arithmetic for a meetup planner — leap years, weekdays, month lengths,
# the second Tuesday and last Friday of each month from monthcalendar, week grids of
# (day, weekday) pairs and dates, timegm, the English day and month names, an HTML
# month table, and the errors for bad months and weekdays.
import calendar

for year in [1900, 2000, 2023, 2024, 2100]:
    print(year, calendar.isleap(year), calendar.leapdays(1900, year))
print(calendar.leapdays(2024, 2000), calendar.leapdays(1, 10000))
for y, m, d in [(1970, 1, 1), (2000, 2, 29), (2024, 12, 25), (1, 1, 1), (9999, 12, 31),
                (10001, 1, 1), (-44, 3, 15)]:
    wd = calendar.weekday(y, m, d)
    print(y, m, d, wd, calendar.day_name[wd], calendar.day_abbr[wd])
print([calendar.monthrange(2024, m) for m in (1, 2, 3, 12)], calendar.monthrange(2023, 2))

meetups = []
for month in range(1, 13):
    weeks = calendar.monthcalendar(2024, month)
    tuesdays = [w[calendar.TUESDAY] for w in weeks if w[calendar.TUESDAY]]
    fridays = [w[calendar.FRIDAY] for w in weeks if w[calendar.FRIDAY]]
    meetups.append("%s %2d / %2d" % (calendar.month_abbr[month], tuesdays[1], fridays[-1]))
print(meetups)

cal = calendar.Calendar(firstweekday=calendar.SUNDAY)
print(cal.firstweekday, list(cal.iterweekdays()))
print(cal.monthdayscalendar(2024, 6))
print(cal.monthdays2calendar(2024, 6)[0])
dates = cal.monthdatescalendar(2024, 6)
print(len(dates), dates[0][0], dates[-1][-1], dates[0][0].weekday())
print(list(cal.itermonthdays3(2024, 3))[:3], list(cal.itermonthdays4(2024, 3))[-2:])
print(list(cal.itermonthdays(2023, 2))[:6])
print(sum(1 for d in cal.itermonthdates(2024, 2) if d.month == 2))
rows = cal.yeardayscalendar(2024, width=4)
print(len(rows), [len(r) for r in rows], rows[2][3][0])
print([len(m) for m in cal.yeardays2calendar(2024)[0]], len(cal.yeardatescalendar(2024, 6)))
cal.firstweekday = 9
print(cal.getfirstweekday())

print(calendar.timegm((1970, 1, 2, 0, 0, 0)), calendar.timegm((2024, 2, 29, 12, 30, 15, 0, 0, 0)))
print(calendar.timegm((1969, 12, 31, 23, 59, 59)))
print(list(calendar.month_name), calendar.month_abbr[1:4], len(calendar.day_name))
print(calendar.MONDAY, calendar.SUNDAY, calendar.mdays, calendar.EPOCH)

html = calendar.HTMLCalendar(calendar.MONDAY)
print(html.formatmonth(2024, 2))
print(html.formatmonth(2024, 3, withyear=False).count("<td"))
print(len(html.formatyear(2024, 4)), html.formatyearpage(2024)[:60])

for args in [(2024, 13), (2024, 0)]:
    try:
        calendar.monthrange(*args)
    except calendar.IllegalMonthError as e:
        print(type(e).__name__, e, isinstance(e, ValueError), e.month)
for bad in [7, -1]:
    try:
        calendar.setfirstweekday(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    calendar.weekday(2023, 2, 29)
except ValueError as e:
    print("ValueError", e)
try:
    calendar.monthcalendar(2024, 14)
except calendar.error as e:
    print("calendar.error", e)
