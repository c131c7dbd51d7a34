# Formatting a text table: column widths from data, alignment, totals, wrapped cells.
data = [
    ("Mercury", 0.330, 4879, 88.0),
    ("Venus", 4.87, 12104, 224.7),
    ("Earth", 5.97, 12756, 365.2),
    ("Mars", 0.642, 6792, 687.0),
    ("Jupiter", 1898.0, 142984, 4331.0),
]
headers = ("planet", "mass", "diameter", "orbit days")
cells = [headers] + [(n, "%.3g" % m, "{:,}".format(d), "%.1f" % o) for n, m, d, o in data]
widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
print(sep)
for k, row in enumerate(cells):
    parts = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:])]
    print("| " + " | ".join(parts) + " |")
    if k == 0:
        print(sep.replace("-", "="))
print(sep)
total_mass = sum(m for _, m, _, _ in data)
print("total mass: %.2f (x10^24 kg), heaviest: %s" % (total_mass, max(data, key=lambda r: r[1])[0]))


def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = line + " " + word if line else word
    if line:
        lines.append(line)
    return lines


text = ("The quick brown fox jumps over the lazy dog while the five boxing wizards jump "
        "quickly and a wizard's job is to vex chumps quickly in fog.")
for w in (20, 35):
    print("-" * w)
    for l in wrap(text, w):
        print(l.center(w).rstrip())
