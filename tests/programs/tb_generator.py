# Whole traceback compared: an exception raised inside a generator frame.


def parse(lines):
    for line in lines:
        if not line.isdigit():
            raise ValueError("not a number: " + line)
        yield int(line)


def total(lines):
    s = 0
    for v in parse(lines):
        s += v
    return s


print(total(["1", "2"]))
total(["3", "x"])
