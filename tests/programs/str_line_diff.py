# A line-based diff using longest common subsequence, printed in a unified-like format.
OLD = """def greet(name):
    print("Hello", name)
    return None

greet("world")
greet("minipy")""".split("\n")
NEW = """def greet(name, punct="!"):
    print("Hello", name + punct)

greet("world")
greet("rpython")
greet("minipy")""".split("\n")


def lcs_table(a, b):
    t = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            t[i][j] = t[i + 1][j + 1] + 1 if a[i] == b[j] else max(t[i + 1][j], t[i][j + 1])
    return t


def diff(a, b):
    t = lcs_table(a, b)
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            out.append("  " + a[i])
            i += 1
            j += 1
        elif t[i + 1][j] >= t[i][j + 1]:
            out.append("- " + a[i])
            i += 1
        else:
            out.append("+ " + b[j])
            j += 1
    out.extend("- " + x for x in a[i:])
    out.extend("+ " + x for x in b[j:])
    return out


lines = diff(OLD, NEW)
for line in lines:
    print(line.rstrip())
added = sum(1 for l in lines if l.startswith("+"))
removed = sum(1 for l in lines if l.startswith("-"))
print("%d added, %d removed, %d unchanged" % (added, removed, len(lines) - added - removed))
print(diff(["a", "b"], ["a", "b"]), diff([], ["x"]), diff(["x"], []))
