# The whole traceback of an uncaught exception group: the part of a group of job
# failures that no except* clause handled, with its members' tracebacks (one chained to
# the exception being handled when it was raised) and a nested group.


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
        load("settings.cfg")
    except FileNotFoundError:
        try:
            run([("load", "a.cfg"), ("parse", "x=1"), ("load", "b.cfg")])
        except* FileNotFoundError as missing:
            print("missing:", [str(e) for e in missing.exceptions])


main()
