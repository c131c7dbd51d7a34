# time.sleep's argument checked as CPython checks it, and time's functions called wrongly.
import time


def attempt(label, f, *args, **kwargs):
    try:
        f(*args, **kwargs)
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)


class Seconds:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class OnlyFloat:
    def __float__(self):
        return 0.0


class Half(float):
    pass


for label, value in [("zero", 0), ("float zero", 0.0), ("negative zero", -0.0),
                     ("bool", False), ("index", Seconds(0)), ("float subclass", Half(0.001)),
                     ("negative", -1), ("negative float", -0.5), ("nan", float("nan")),
                     ("inf", float("inf")), ("minus inf", float("-inf")), ("huge", 1e300),
                     ("past the limit", 9.3e9), ("big int", 10 ** 30), ("minus big int", -10 ** 30),
                     ("int past the limit", 9300000000), ("str", "1"), ("none", None),
                     ("complex", 1j), ("list", [1]), ("only __float__", OnlyFloat()),
                     ("negative index", Seconds(-2))]:
    attempt(label, time.sleep, value)
attempt("no argument", time.sleep)
attempt("two arguments", time.sleep, 1, 2)
attempt("keyword", time.sleep, secs=1)
for name in ["time", "perf_counter", "monotonic", "process_time", "time_ns"]:
    attempt(name + " with an argument", getattr(time, name), 1)
print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.monotonic()).__name__)
