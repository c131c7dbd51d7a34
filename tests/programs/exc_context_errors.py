# Exceptions and context managers: errors in __enter__, in the body, in __exit__, and exit return values.


class Managed:
    def __init__(self, name, fail_enter=False, fail_exit=False, swallow=False):
        self.name = name
        self.fail_enter = fail_enter
        self.fail_exit = fail_exit
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed: " + self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        if self.fail_exit:
            raise ValueError("exit failed: " + self.name)
        return self.swallow


def attempt(label, fn):
    try:
        fn()
        print(label, "-> completed")
    except Exception as e:
        print(label, "->", type(e).__name__, e, "| context:", type(e.__context__).__name__ if e.__context__ else None)


def body_error():
    with Managed("a"):
        raise KeyError("body")


def enter_error():
    with Managed("outer"), Managed("inner", fail_enter=True):
        print("never")


def exit_error():
    with Managed("b", fail_exit=True):
        raise IndexError("body")


def swallowed():
    with Managed("c", swallow=True):
        raise TypeError("hidden")
    print("after swallowed block")


def nested_swallow():
    with Managed("d"):
        with Managed("e", swallow=True):
            1 / 0
        print("inside d after e")


attempt("body_error", body_error)
attempt("enter_error", enter_error)
attempt("exit_error", exit_error)
attempt("swallowed", swallowed)
attempt("nested_swallow", nested_swallow)
