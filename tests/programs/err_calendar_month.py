# calendar: a report that walks the months of a fiscal year by number and runs past
# December: the uncaught calendar.IllegalMonthError ends it.
import calendar

start = 10
for i in range(5):
    month = start + i
    first, ndays = calendar.monthrange(2024, month)
    print(calendar.month_name[month], calendar.day_name[first], ndays)
