"""String building and formatting: a report of generated records.

f-strings with format specifications, str methods (join, split, replace,
upper, ljust), slicing and concatenation; the checksum is the total length
and a hash over the text's characters.

usage: strings.py [SIZE [ITERATIONS]]   SIZE = number of records
"""
# bench: size=20000 quick=1500 iters=5 quick_iters=2
from _timing import run_bench

NAMES = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"]
CITIES = ["Oslo", "Lima", "Kyoto", "Perth", "Quito", "Accra", "Turin"]


def make_record(i):
    name = NAMES[i % len(NAMES)]
    city = CITIES[(i * 7) % len(CITIES)]
    amount = (i * 7919) % 100000 / 100.0
    return name, city, amount, i


def format_record(rec):
    name, city, amount, i = rec
    line = f"{i:6d} | {name.capitalize():<10} | {city.upper():>8} | {amount:10.2f} | {i % 97:x}"
    return line


def summarise(lines):
    parts = []
    for line in lines:
        fields = line.split("|")
        key = fields[1].strip().lower()
        parts.append(key[:3] + "-" + fields[2].strip()[-2:])
    return ",".join(parts)


def text_hash(s):
    h = 0
    for ch in s[::17]:
        h = (h * 131 + ord(ch)) % 1000000007
    return h


def bench(n):
    lines = []
    for i in range(n):
        lines.append(format_record(make_record(i)))
    report = "\n".join(lines)
    short = summarise(lines)
    replaced = report.replace("|", "/").replace(" ", "")
    words = short.split(",")
    counted = 0
    for w in words:
        if w.startswith("al") or w.endswith("TO"):
            counted += 1
    buf = ""
    for i in range(0, n, 10):
        buf += str(i) + ":" + words[i][::-1] + ";"
    tag = "%s=%d" % ("n", n)
    return f"{len(report)} {len(replaced)} {counted} {text_hash(report)} {text_hash(buf)} {tag}"


run_bench("strings", bench, 20000, 5)
