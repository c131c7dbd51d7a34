# OSError's str() follows its errno/strerror/filename/filename2 attributes, also when reassigned, and keeps all args when no file name is given.
ENOENT, EACCES, EEXIST = 2, 13, 17   # errno's values on Linux


def describe(e):
    print(type(e).__name__, "|", e, "|", e.args, e.errno, e.strerror, e.filename, e.filename2)


describe(OSError(ENOENT, "No such file or directory", "data.csv"))
describe(OSError(ENOENT, "No such file or directory", None))
describe(OSError(EEXIST, "File exists", "a.txt", None, "b.txt"))
describe(OSError(EEXIST, "File exists", None, None, "b.txt"))
describe(OSError("plain message"))
describe(OSError(1, 2, 3, 4, 5, 6))


class StorageError(OSError):
    pass


def copy(src, dst):
    err = StorageError(EACCES, "Permission denied")
    err.filename = src
    err.filename2 = dst
    raise err


try:
    copy("in.bin", "out.bin")
except OSError as e:
    describe(e)
    e.strerror = "Access refused"
    print(e)
    e.errno = None
    print(e)

try:
    open("exc_oserror_attrs.missing/none.txt")
except FileNotFoundError as e:
    print(e.errno == ENOENT, e.filename)
    e.strerror = "gone"
    print(e)

e = OSError("disk")
e.filename = "sda"
print(e)
