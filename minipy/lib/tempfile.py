"""tempfile: temporary files and directories with new random names (mkstemp, mkdtemp,
NamedTemporaryFile, TemporaryFile, TemporaryDirectory, SpooledTemporaryFile), in the
directory gettempdir() chooses (TMPDIR, TEMP or TMP if set, else /tmp)."""
import os
import io
import shutil

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile",
           "TemporaryDirectory", "mkstemp", "mkdtemp", "mktemp", "TMP_MAX",
           "gettempprefix", "tempdir", "gettempdir", "gettempprefixb", "gettempdirb"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_rng = None
_rng_pid = None


def _random_name():
    """8 random characters (a generator seeded again in a forked child)."""
    global _rng, _rng_pid
    import random
    if _rng is None or _rng_pid != os.getpid():
        _rng = random.Random()
        _rng_pid = os.getpid()
    return "".join(_rng.choice(_CHARACTERS) for _ in range(8))


def _candidate_dirs():
    dirs = []
    for name in ("TMPDIR", "TEMP", "TMP"):
        value = os.environ.get(name)
        if value:
            dirs.append(value)
    dirs.extend(["/tmp", "/var/tmp", "/usr/tmp"])
    try:
        dirs.append(os.getcwd())
    except OSError:
        dirs.append(os.curdir)
    return dirs


def _get_default_tempdir():
    """The first candidate directory in which a file can be made."""
    for d in _candidate_dirs():
        if d != os.curdir:
            d = os.path.abspath(d)
        if os.path.isdir(d) and os.access(d, os.W_OK | os.X_OK):
            return d
    raise FileNotFoundError(2, "No usable temporary directory found in %s"
                            % _candidate_dirs())


def gettempdir():
    """The directory temporary files go in by default (tempdir once set)."""
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return tempdir


def gettempdirb():
    return os.fsencode(gettempdir())


def gettempprefix():
    return template


def gettempprefixb():
    return os.fsencode(template)


def _sanitize(prefix, suffix, dir):
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return prefix, suffix, os.fspath(dir)


def _make(prefix, suffix, dir, make):
    """make(path) for new random names in dir until one does not exist yet; the path
    and make's result."""
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + _random_name() + suffix)
        try:
            result = make(path)
        except FileExistsError:
            continue
        return path, result
    raise FileExistsError(17, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """A new file only this user can read and write: (its open descriptor, its
    absolute path). The caller closes and removes it."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL
    path, fd = _make(prefix, suffix, dir, lambda p: os.open(p, flags, 0o600))
    return fd, os.path.abspath(path)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """A new directory only this user can use: its path (relative when dir is). The
    caller removes it."""
    path, _ = _make(prefix, suffix, dir, lambda p: os.mkdir(p, 0o700))
    return path


def mktemp(suffix="", prefix=template, dir=None):
    """A name that no file had when asked (unsafe: another may take it first)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + _random_name() + suffix)
        if not os.path.exists(path):
            return path
    raise FileExistsError(17, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """NamedTemporaryFile's result: the open file (`file`) and its `name`; the file is
    removed when closed (delete=True). Other attributes are the file's."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return None

    def __iter__(self):
        for line in self.file:
            yield line

    def close(self):
        if not self._closed:
            self._closed = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        os.unlink(self.name)
                    except FileNotFoundError:
                        pass

    def __repr__(self):
        return "<tempfile._TemporaryFileWrapper object>"


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                       suffix=None, prefix=None, dir=None, delete=True, *, errors=None):
    """A new temporary file with a name (in `name`), open in `mode`; removed when
    closed unless delete is false."""
    fd, path = mkstemp(suffix, prefix, dir)
    try:
        file = open(fd, mode, buffering, encoding=encoding, errors=errors,
                    newline=newline)
    except BaseException:
        os.unlink(path)
        os.close(fd)
        raise
    return _TemporaryFileWrapper(file, path, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                  suffix=None, prefix=None, dir=None, *, errors=None):
    """A new temporary file without a name (removed from its directory at once)."""
    fd, path = mkstemp(suffix, prefix, dir)
    try:
        os.unlink(path)
        return open(fd, mode, buffering, encoding=encoding, errors=errors,
                    newline=newline)
    except BaseException:
        os.close(fd)
        raise


class SpooledTemporaryFile:
    """A file kept in memory (io.BytesIO or io.StringIO) until it grows past max_size
    or fileno() is asked for; then a TemporaryFile."""

    def __init__(self, max_size=0, mode="w+b", buffering=-1, encoding=None,
                 newline=None, suffix=None, prefix=None, dir=None, *, errors=None):
        if "b" in mode:
            self._file = io.BytesIO()
        else:
            self._file = io.StringIO(newline="\n")
        self._max_size = max_size
        self._rolled = False
        self._args = (mode, buffering, encoding, newline, suffix, prefix, dir, errors)

    def _check(self, file):
        if self._rolled:
            return
        if self._max_size and file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        mode, buffering, encoding, newline, suffix, prefix, dir, errors = self._args
        newfile = TemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir,
                                errors=errors)
        newfile.write(self._file.getvalue())
        newfile.seek(self._file.tell(), 0)
        self._file = newfile
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def mode(self):
        return self._args[0]

    @property
    def name(self):
        return None

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def read(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            self._file.truncate()
        else:
            if self._max_size and size > self._max_size:
                self.rollover()
            self._file.truncate(size)

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        file = self._file
        rv = file.writelines(iterable)
        self._check(file)
        return rv


class TemporaryDirectory:
    """A new temporary directory (its path in `name`, and what `with` gives), removed
    with all it holds by cleanup() or at the end of the with block."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._cleaned = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._cleaned and os.path.exists(self.name):
            self._cleaned = True
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
