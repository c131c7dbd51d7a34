# an exception that leaves a @contextmanager block: the traceback shows the block's frames only, not contextlib's or the generator's
from contextlib import contextmanager


@contextmanager
def section(title):
    print("begin", title)
    try:
        yield title
    finally:
        print("end", title)


def parse(rows):
    with section("parse"):
        for row in rows:
            check(row)


def check(row):
    if row < 0:
        raise ValueError("negative row: %d" % row)
    print("row", row)


parse([1, 2, -3, 4])
