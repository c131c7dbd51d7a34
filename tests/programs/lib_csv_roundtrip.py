# csv: a small ledger written and read back in several dialects (quoting modes,
# delimiters, escape characters, line terminators), through io.StringIO and a real file
# opened with newline='', the reader's handling of odd input, and csv.Error messages.
import csv
import io
import os
from fractions import Fraction

rows = [["name", "amount", "note"], ["Ann", 31, 'says "hi"'], ["Bob, Jr.", 4.5, "line1\nline2"],
        ["", None, " lead"], [True, Fraction(1, 3), "x\ry"], ["tab\there", "semi;colon", "q'uote"]]
for kw in [{}, {"quoting": csv.QUOTE_ALL}, {"quoting": csv.QUOTE_NONNUMERIC}, {"delimiter": ";"},
           {"lineterminator": "\n"}, {"quotechar": "'"}, {"doublequote": False, "escapechar": "\\"},
           {"quoting": csv.QUOTE_NONE, "escapechar": "\\"}, {"dialect": "excel-tab"},
           {"dialect": "unix"}]:
    buf = io.StringIO()
    kw2 = dict(kw)
    dialect = kw2.pop("dialect", "excel")
    w = csv.writer(buf, dialect, **kw2)
    n = w.writerow(rows[0])
    w.writerows(rows[1:])
    text = buf.getvalue()
    print(kw, n, repr(text))
    if kw.get("quoting") != csv.QUOTE_NONNUMERIC:
        print("  ", list(csv.reader(io.StringIO(text, newline=""), dialect, **kw2)))

path = "lib_csv_roundtrip.tmp"
with open(path, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["day", "sales", "comment"])
    for day in range(1, 6):
        w.writerow([day, day * 12.5, "ok" if day % 2 else "late, again"])
with open(path, newline="") as f:
    r = csv.reader(f)
    header = next(r)
    data = [row for row in r]
print(header, data, sum(float(row[1]) for row in data))
os.remove(path)

for text in ['a,b\n\nc,d\n', 'a,"b\nc",d\n', '"unterminated\n', 'x,"y"z,w\n', '  a,  b\n',
             'a\tb\n', '1,2.5,"x"\n', 'a,b\r\nc,d\r\n', '"a""b",c']:
    print(repr(text), list(csv.reader(io.StringIO(text, newline=""))))
print(list(csv.reader(['  a,  "b"'], skipinitialspace=True)))
print(list(csv.reader(['1,2.5,"x"'], quoting=csv.QUOTE_NONNUMERIC)))
checks = [lambda: list(csv.reader(['1,abc'], quoting=csv.QUOTE_NONNUMERIC)),
          lambda: list(csv.reader(['a,"b"c'], strict=True)),
          lambda: list(csv.reader(['a,"b'], strict=True)),
          lambda: list(csv.reader(['a\rb,c'])),
          lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]),
          lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow([""]),
          lambda: csv.writer(io.StringIO()).writerow(5),
          lambda: csv.writer(io.StringIO(), delimiter="::"),
          lambda: csv.writer(io.StringIO(), quoting=7),
          lambda: csv.writer(io.StringIO(), lineterminator=None),
          lambda: csv.get_dialect("nope")]
for check in checks:
    try:
        check()
    except (csv.Error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
