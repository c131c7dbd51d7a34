# The string module's constants and capwords; sys.argv, sys.maxsize, recursion limit, stdout/stderr.
import string
import sys

print(string.ascii_lowercase, string.ascii_uppercase, string.digits)
print(string.hexdigits, string.octdigits, len(string.punctuation), len(string.printable))
print(string.capwords("hello   big  world"), string.capwords("a-b-c", "-"))
print([c for c in "Hi, there! 42" if c in string.punctuation])
table = {c: i for i, c in enumerate(string.ascii_letters)}
print(table["a"], table["Z"], len(table))
print(len(sys.argv), sys.argv[0].endswith("lib_string_sys.py"), sys.maxsize == 2 ** 63 - 1)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(1500))
sys.stdout.write("stdout write\n")
sys.stderr.write("stderr write\n")
print(type(sys.argv).__name__, __name__)
