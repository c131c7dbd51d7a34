# Whole traceback compared: "The above exception was the direct cause of the following exception".


class AppError(Exception):
    pass


def load(name):
    raise FileNotFoundError("no file " + name)


def start():
    try:
        load("settings.ini")
    except FileNotFoundError as e:
        raise AppError("cannot start") from e


start()
