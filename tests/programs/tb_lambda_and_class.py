# Whole traceback compared: a frame for a class body.


def fail():
    raise TypeError("bad type in class body")


class Config:
    name = "cfg"
    fail()
