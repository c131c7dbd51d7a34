# Whole traceback compared: a ValueError raised two calls deep.


def check(n):
    if n > 2:
        raise ValueError("too big: %d" % n)
    return n


def run(items):
    out = []
    for i in items:
        check(i)
        out.append(i)
    return out


print(run([1, 2]))
run([1, 2, 3])
