# sys.exit() from inside nested calls and a try/finally: finally runs, exit code 2.
import sys


def inner():
    sys.exit(2)


def outer():
    try:
        inner()
    finally:
        print("finally in outer")


outer()
