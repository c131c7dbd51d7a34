# Whole traceback compared: an error at the bottom of a short recursion (repeated frames).


def countdown(n):
    if n == 0:
        raise ZeroDivisionError("reached zero")
    countdown(n - 1)


countdown(3)
