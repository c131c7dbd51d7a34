"""os: the portable names a program uses (os.path, the working directory, listing,
removing, renaming and making files and directories, stat, the environment), over the
native posix module, for a POSIX system."""
import sys
import posix
import posixpath as path
from posix import (getcwd, chdir, listdir, remove, unlink, rmdir, mkdir, rename, getpid,
                   cpu_count, strerror)

sys.modules["os.path"] = path

name = "posix"
sep = path.sep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
pathsep = path.pathsep
defpath = path.defpath
altsep = None
linesep = "\n"
devnull = path.devnull

environ = posix._environ()


def getenv(key, default=None):
    return environ.get(key, default)


class stat_result(tuple):
    """os.stat()'s result: a 10-tuple with named fields."""

    n_sequence_fields = 10
    _names = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
              "st_atime", "st_mtime", "st_ctime")

    def __getattr__(self, attr):
        if attr in stat_result._names:
            return self[stat_result._names.index(attr)]
        raise AttributeError("'os.stat_result' object has no attribute '%s'" % attr)

    def __repr__(self):
        fields = []
        for i, n in enumerate(stat_result._names):
            value = self[i]
            if i >= 7:
                value = int(value)
            fields.append("%s=%r" % (n, value))
        return "os.stat_result(" + ", ".join(fields) + ")"


def stat(p):
    return stat_result(posix._stat(p))


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
    try:
        mkdir(name)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def walk(top, topdown=True):
    try:
        names = listdir(top)
    except OSError:
        return
    dirs = []
    nondirs = []
    for n in names:
        if path.isdir(path.join(top, n)):
            dirs.append(n)
        else:
            nondirs.append(n)
    if topdown:
        yield top, dirs, nondirs
    for d in dirs:
        yield from walk(path.join(top, d), topdown)
    if not topdown:
        yield top, dirs, nondirs


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    method = getattr(type(p), "__fspath__", None)
    if method is None:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(p).__name__)
    result = method(p)
    if not isinstance(result, (str, bytes)):
        raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                        % (type(p).__name__, type(result).__name__))
    return result
