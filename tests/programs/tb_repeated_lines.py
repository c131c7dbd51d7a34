"""A traceback through a deep recursion: after three entries of the same line in a row,
the rest of the run is one "[Previous line repeated N more times]" line, as CPython
prints it; a run of exactly four says "1 more time"; other lines break the runs."""


def countdown(n):
    if n == 0:
        return settle(4)
    return countdown(n - 1)


def settle(k):
    if k == 0:
        return {}["missing"]
    return settle(k - 1)


def ping(n):
    if n == 0:
        return countdown(40)
    return pong(n - 1)


def pong(n):
    return ping(n)


ping(5)
