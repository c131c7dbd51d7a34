# Whole traceback compared: a custom exception with no message, raised in a nested function.


class Halt(Exception):
    pass


def step3():
    raise Halt


def step2():
    step3()


def step1():
    step2()


step1()
