# The whole traceback of an uncaught exception group: nested groups, a chained
# exception inside a group, an exception raised by an except* clause.


def load(name):
    raise FileNotFoundError(name)


def parse(text):
    raise ValueError(text)


def step(kind, arg):
    if kind == "load":
        load(arg)
    parse(arg)


def run(jobs):
    errors = []
    for kind, arg in jobs:
        try:
            step(kind, arg)
        except Exception as e:
            errors.append(e)
    nested = ExceptionGroup("retries", [TimeoutError("slow"), ConnectionError("down")])
    errors.append(nested)
    raise ExceptionGroup("job failures", errors)


def main():
    try:
        run([("load", "a.cfg"), ("parse", "x=1"), ("load", "b.cfg")])
    except* FileNotFoundError as missing:
        names = [str(e) for e in missing.exceptions]
        raise RuntimeError(f"missing files: {names}")


main()
