# A traceback through deep recursions: after three entries of the same line in a row,
# the rest of the run is one "[Previous line repeated N more times]" line, as CPython
# prints it; a run of exactly four says "1 more time"; other lines break the runs.
# (Every line in the traceback is a whole statement: no carets.)


def countdown(n):
    if n == 0:
        settle(4)
    else:
        countdown(n - 1)


def settle(k):
    if k == 0:
        raise KeyError("missing")
    settle(k - 1)


def ping(n):
    if n == 0:
        countdown(40)
    else:
        pong(n - 1)


def pong(n):
    ping(n)


ping(5)
