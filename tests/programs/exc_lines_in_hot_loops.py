# Line numbers of tracebacks, warnings and log records raised from functions hot enough to be compiled
import traceback
import warnings
import logging


def maybe_unbound(i):
    if i % 1000 != 999:
        x = i
    a = 1
    b = 2
    return a + b + x          # UnboundLocalError once in a thousand calls


def divide(i):
    a = i
    b = a
    c = b
    return a // (c - 1500)    # ZeroDivisionError at i == 1500


def caller_of_warn(i):
    k = i
    if k == 2500:
        warnings.warn("hot warning")
    return k


def tb_lines(exc):
    return [(f.name, f.lineno) for f in traceback.extract_tb(exc.__traceback__)]


caught = []
for i in range(3000):
    try:
        maybe_unbound(i)
    except UnboundLocalError as e:
        caught.append((i, str(e), tb_lines(e)))
    try:
        divide(i)
    except ZeroDivisionError as e:
        caught.append((i, str(e), tb_lines(e)))
for c in caught:
    print(c)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    for i in range(3000):
        caller_of_warn(i)
print([(str(x.message), x.lineno) for x in w])

records = []


class Keep(logging.Handler):
    def emit(self, record):
        records.append((record.getMessage(), record.funcName, record.lineno))


log = logging.getLogger("hot")
log.addHandler(Keep())
log.setLevel(logging.INFO)


def logs_sometimes(i):
    j = i * 2
    if j % 1400 == 0:
        log.info("step %d", j)
    return j


for i in range(3000):
    logs_sometimes(i)
print(records)


def deep(n):
    if n == 0:
        raise KeyError("bottom")
    v = n
    return deep(v - 1)


for i in range(2000):
    try:
        deep(i % 5)
    except KeyError as e:
        last = tb_lines(e)
print(last)
