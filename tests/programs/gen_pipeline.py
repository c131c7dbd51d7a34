# A generator pipeline over log lines: parse, filter, transform, aggregate lazily.

LOG = """\
2024-01-01 10:00:01 INFO user=alice action=login
2024-01-01 10:00:05 WARN user=bob action=retry
2024-01-01 10:01:00 INFO user=alice action=view page=home
2024-01-01 10:02:30 ERROR user=carol action=crash code=500
2024-01-01 10:03:00 INFO user=bob action=login
garbage line
2024-01-01 10:04:10 ERROR user=alice action=timeout code=504
2024-01-01 10:05:00 INFO user=carol action=logout
"""


def lines(text):
    for line in text.splitlines():
        yield line


def parse(source):
    for line in source:
        parts = line.split()
        if len(parts) < 3:
            continue
        record = {"date": parts[0], "time": parts[1], "level": parts[2]}
        for field in parts[3:]:
            key, _, value = field.partition("=")
            record[key] = value
        yield record


def only(level, records):
    for r in records:
        if r["level"] == level:
            yield r


def project(records, *keys):
    for r in records:
        yield tuple(r.get(k, "-") for k in keys)


records = list(parse(lines(LOG)))
print(len(records), "records")
for row in project(only("ERROR", records), "time", "user", "code"):
    print(row)
users = {}
for r in records:
    users.setdefault(r["user"], []).append(r["action"])
for user in sorted(users):
    print(user, users[user])
levels = {}
for r in parse(lines(LOG)):
    levels[r["level"]] = levels.get(r["level"], 0) + 1
print(sorted(levels.items()))
gen = project(parse(lines(LOG)), "user")
print(next(gen), next(gen), sum(1 for _ in gen))
