# A small CSV parser with quoting, then a report with aggregation and aligned columns.

DATA = '''name,dept,salary,start
"Smith, Ann",Engineering,105000,2019-03-01
Bob Jones,Sales,62000,2020-07-15
"O'Neil, Carol",Engineering,98000,2018-11-30
Dan Wu,"Research ""Labs""",120000,2016-01-04
Eve Park,Sales,71000,2021-09-09
'''


def parse_line(line):
    fields = []
    cur = []
    quoted = False
    i = 0
    while i < len(line):
        c = line[i]
        if quoted:
            if c == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    cur.append('"')
                    i += 1
                else:
                    quoted = False
            else:
                cur.append(c)
        elif c == '"':
            quoted = True
        elif c == ",":
            fields.append("".join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    fields.append("".join(cur))
    return fields


lines = DATA.strip().split("\n")
header = parse_line(lines[0])
rows = [dict(zip(header, parse_line(l))) for l in lines[1:]]
for r in rows:
    print(r)
by_dept = {}
for r in rows:
    by_dept.setdefault(r["dept"], []).append(int(r["salary"]))
print()
print("%-20s %6s %10s" % ("department", "count", "average"))
for dept in sorted(by_dept):
    sal = by_dept[dept]
    print("%-20s %6d %10.1f" % (dept, len(sal), sum(sal) / len(sal)))
earliest = min(rows, key=lambda r: r["start"])
print("earliest:", earliest["name"], earliest["start"])
years = sorted(set(r["start"][:4] for r in rows))
print("years:", years)
print("last names:", sorted(r["name"].replace(",", "").split()[0] for r in rows))
