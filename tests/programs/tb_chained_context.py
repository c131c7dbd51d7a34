# Whole traceback compared: "During handling of the above exception, another exception occurred".


def cleanup():
    raise RuntimeError("cleanup failed")


def work():
    try:
        raise KeyError("job")
    except KeyError:
        cleanup()


work()
