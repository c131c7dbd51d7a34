# time.strptime parsing log timestamps into struct_time: fields, yday/wday, the default format, round trips through strftime and mktime-free arithmetic, and mismatch errors
import time

stamps = ["2024-03-05 14:30:07", "1999-12-31 23:59:59", "2024-02-29 00:00:00", "2000-01-01 12:00:00"]
parsed = [time.strptime(s, "%Y-%m-%d %H:%M:%S") for s in stamps]
for s, t in zip(stamps, parsed):
    print(s, "->", t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, "wday", t.tm_wday, "yday", t.tm_yday, "dst", t.tm_isdst)
print(parsed[0])
print(time.strptime("Tue Mar  5 14:30:00 2024"))
print(time.strptime("05/03/24", "%d/%m/%y")[:3], time.strptime("July 4, 1976", "%B %d, %Y")[:3], time.strptime("3pm", "%I%p").tm_hour)
print(time.strftime("%A %d %B %Y, day %j", time.strptime("2023-10-31", "%Y-%m-%d")))
print(sorted(stamps, key=lambda s: time.strptime(s, "%Y-%m-%d %H:%M:%S"))[0], tuple(parsed[2])[:6], len(parsed[1]))
for bad, fmt in [("2024-13-01", "%Y-%m-%d"), ("2024-01-01 extra", "%Y-%m-%d"), ("hello", "%H:%M")]:
    try:
        time.strptime(bad, fmt)
    except ValueError as e:
        print("ValueError:", e)
