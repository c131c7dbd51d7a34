# csv: a grade book kept as dicts with DictWriter (header, restval, extrasaction) and read
# back with DictReader (restkey/restval for ragged rows, blank lines skipped, line_num),
# registered dialects and a Dialect subclass, then a per-student summary.
import csv
import io

students = [{"id": 1, "name": "Ann", "math": 91, "art": 78},
            {"id": 2, "name": "Bob", "math": 67},
            {"id": 3, "name": "Cleo, the third", "art": 88, "math": 73}]
buf = io.StringIO()
writer = csv.DictWriter(buf, fieldnames=["id", "name", "math", "art"], restval="0")
writer.writeheader()
writer.writerows(students)
try:
    writer.writerow({"id": 4, "music": 99})
except ValueError as e:
    print("ValueError:", e)
ignoring = csv.DictWriter(buf, fieldnames=["id", "name"], extrasaction="ignore")
ignoring.writerow({"id": 5, "name": "Dan", "music": 50})
text = buf.getvalue()
print(repr(text))

reader = csv.DictReader(io.StringIO(text + "\n6,Eve,55,60,late,extra\n7\n"), restkey="more",
                        restval="?")
for row in reader:
    print(reader.line_num, row)
print(reader.fieldnames)
totals = {}
for row in csv.DictReader(io.StringIO(text)):
    scores = [int(row[k]) for k in ("math", "art") if row[k] not in ("", "?", None)]
    totals[row["name"]] = sum(scores) / len(scores) if scores else 0.0
for name in sorted(totals):
    print("%-16s %6.2f" % (name, totals[name]))

print(list(csv.DictReader(["a,b", "1,2"], fieldnames=["x", "y"])))
try:
    csv.DictWriter(io.StringIO(), ["a"], extrasaction="bad")
except ValueError as e:
    print("ValueError:", e)

csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_MINIMAL)
print(sorted(csv.list_dialects()))
d = csv.get_dialect("pipes")
print(d.delimiter, repr(d.lineterminator), d.quoting, d.doublequote)
out = io.StringIO()
csv.writer(out, "pipes").writerow(["a|b", "c"])
print(repr(out.getvalue()))
csv.unregister_dialect("pipes")
try:
    csv.unregister_dialect("pipes")
except csv.Error as e:
    print("Error:", e)


class Semicolons(csv.excel):
    delimiter = ";"


out = io.StringIO()
csv.writer(out, Semicolons).writerow([1, "a;b", 2.5])
print(repr(out.getvalue()), list(csv.reader(io.StringIO(out.getvalue()), Semicolons)))
r = csv.reader(["a,b", "c"])
print(next(r), r.line_num, r.dialect.delimiter)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.field_size_limit())
