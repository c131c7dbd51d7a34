"""os: the portable names a program uses (os.path, the working directory, listing,
removing, renaming and making files and directories, stat, the environment), over the
native posix module, for a POSIX system."""
import sys
import abc
import posix
import posixpath as path
from posix import (getcwd, chdir, listdir, remove, unlink, rmdir, rename, getpid,
                   cpu_count, strerror, replace, access, chmod, utime, open, close, read,
                   write, lseek, readlink, symlink, umask, getuid,
                   O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND,
                   O_NONBLOCK, F_OK, R_OK, W_OK, X_OK)

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

class _Environ(dict):
    """os.environ: the environment as a dict of str to str."""

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        dict.__setitem__(self, key, value)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, *args, **kwargs):
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    def copy(self):
        return dict(self)

    def __repr__(self):
        return "environ(%s)" % dict.__repr__(self)


environ = _Environ(posix._environ())
error = OSError
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
supports_follow_symlinks = set()
supports_fd = set()
supports_dir_fd = set()


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


def lstat(p):
    return stat_result(posix._lstat(p))


def mkdir(path, mode=0o777, *, dir_fd=None):
    posix.mkdir(path, mode)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, mode, exist_ok)
        except FileExistsError:
            pass
    try:
        mkdir(name, mode)
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


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    """(dirpath, dirnames, filenames) for top and each directory below it, in the
    order the system lists them; topdown: a directory before its subdirectories (which
    the caller may prune or reorder by changing dirnames in place)."""
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
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
        new_path = path.join(top, d)
        if followlinks or not path.islink(new_path):
            yield from walk(new_path, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, nondirs


class DirEntry:
    """An entry of os.scandir(): its name, its path, and questions about the file."""

    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)
        self._stat = None
        self._lstat = None

    def __repr__(self):
        return "<DirEntry %r>" % self.name

    def __fspath__(self):
        return self.path

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = lstat(self.path)
            return self._lstat
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def _mode_is(self, kind, follow_symlinks):
        try:
            st = self.stat(follow_symlinks=follow_symlinks)
        except FileNotFoundError:
            return False
        return st.st_mode & 0o170000 == kind

    def is_dir(self, *, follow_symlinks=True):
        return self._mode_is(0o040000, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._mode_is(0o100000, follow_symlinks)

    def is_symlink(self):
        return self._mode_is(0o120000, False)


DirEntry.__module__ = "posix"


class _ScandirIterator:
    def __init__(self, dirpath, names):
        self._dirpath = dirpath
        self._names = iter(names)

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._dirpath, next(self._names))

    def close(self):
        self._names = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


_ScandirIterator.__module__ = "posix"


def scandir(path="."):
    path = fspath(path)
    return _ScandirIterator(path, listdir(path))


class PathLike(abc.ABC):
    """The abstract class of objects with an __fspath__ method (pathlib's paths)."""

    @abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, "__fspath__")
        return NotImplemented


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode("utf-8", "surrogateescape")
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode("utf-8", "surrogateescape")
    return filename


def fdopen(fd, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
           closefd=True):
    import builtins
    return builtins.open(fd, mode, buffering, encoding, errors, newline, closefd)


class terminal_size(tuple):
    def __new__(cls, size):
        return tuple.__new__(cls, size)

    @property
    def columns(self):
        return self[0]

    @property
    def lines(self):
        return self[1]

    def __repr__(self):
        return "os.terminal_size(columns=%d, lines=%d)" % (self[0], self[1])


def get_terminal_size(fd=1):
    """The size of the terminal on fd: an OSError when fd is not a terminal, else the
    COLUMNS and LINES of the environment, or 80x24 (minipy cannot ask the terminal)."""
    if not posix.isatty(fd):
        raise OSError(25, "Inappropriate ioctl for device")
    return terminal_size((int(environ.get("COLUMNS", 80)), int(environ.get("LINES", 24))))


def isatty(fd):
    return posix.isatty(fd)


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
