# time: struct_time (fields, zone, repr), gmtime of several epochs, localtime and mktime
# round trip, strftime and asctime/ctime formats, their range checks and errors, the zone
# names and the *_ns clocks.
import time
t = time.gmtime(1000000000)
print(t)
print(t.tm_year, t.tm_zone, t.tm_gmtoff, tuple(t), len(t), t[0], t[-1])
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %A %B %p %I %y %%", t))
print(time.asctime(t), time.asctime(time.gmtime(0)), time.asctime((2024, 2, 29, 7, 5, 3, 3, 60, 0)))
lt = time.localtime(1000000000)
print(time.mktime(lt), type(time.mktime(lt)), lt.tm_zone in time.tzname)
print(time.ctime(1000000000) == time.asctime(time.localtime(1000000000)))
print(time.strftime("%H:%M", (2020, 1, 1, 0, 0, 0, 0, 1, -1)), time.strftime("", t))
print(isinstance(time.timezone, int), isinstance(time.daylight, int), len(time.tzname))
print(time.gmtime(-86400)[:6], time.gmtime(10**10)[:3], time.gmtime(1.99)[5], time.gmtime(-1.5)[5])
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 25, 0, 0, 0, 1, 0), (1, 2)]:
    try:
        time.strftime("%Y", bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    time.gmtime(float("nan"))
except ValueError as e:
    print(e)
print(type(time.monotonic_ns()), type(time.perf_counter_ns()), time.struct_time((1,) * 9))
