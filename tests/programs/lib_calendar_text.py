# calendar: printing month and year tables as the cal command does — prmonth, month(),
# prcal/calendar() with their width, line-spacing, column-spacing and months-per-row
# arguments, TextCalendar starting on Sunday, week headers and setfirstweekday.
import calendar

calendar.prmonth(2024, 2)
print(calendar.month(2023, 12, w=3, l=2), end="")
print(repr(calendar.month(2021, 2)))
print(calendar.weekheader(2), "|", calendar.weekheader(3), "|", calendar.weekheader(9))
print(calendar.weekheader(1))

sunday = calendar.TextCalendar(calendar.SUNDAY)
print(sunday.formatmonth(2024, 9))
print(sunday.formatweekheader(4))
print(repr(sunday.formatmonthname(2024, 9, 30)), repr(sunday.formatmonthname(2024, 9, 12, False)))
for week in sunday.monthdays2calendar(2024, 9)[:2]:
    print(repr(sunday.formatweek(week, 3)))
sunday.prweek(sunday.monthdays2calendar(2024, 9)[-1], 2)
print()

calendar.prcal(2024)
print(calendar.calendar(1999, w=3, l=1, c=2, m=4))
calendar.setfirstweekday(calendar.SATURDAY)
print(calendar.firstweekday())
calendar.prmonth(2000, 1, 4)
calendar.setfirstweekday(0)
calendar.format(["left", "middle", "right"], 10, 3)
print(repr(calendar.formatstring(["a", "bb", "ccc"], 7, 2)))
