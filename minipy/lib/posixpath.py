"""os.path for POSIX paths ('/' separated), written after CPython's posixpath: the
string operations (join, split, splitext, basename, dirname, normpath, abspath...) and
the questions about files (exists, isfile, isdir, getsize, getmtime)."""
import posix

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
pathsep = ":"
defpath = "/bin:/usr/bin"
altsep = None
devnull = "/dev/null"

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext", "basename",
           "dirname", "commonprefix", "getsize", "getmtime", "getatime", "getctime",
           "islink", "exists", "lexists", "isdir", "isfile", "expanduser", "normpath",
           "abspath", "samefile", "sep", "curdir", "pardir", "extsep", "pathsep",
           "defpath", "altsep", "devnull", "realpath", "relpath", "commonpath",
           "expandvars", "ismount", "samestat"]

supports_unicode_filenames = False

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _fspath(p):
    """p (a str or bytes), or what an os.PathLike p (a pathlib path) stands for."""
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


def _seps(p):
    """('/', '.', '..') in the type of p (str or bytes)."""
    if isinstance(p, bytes):
        return b"/", b".", b".."
    return "/", ".", ".."


def normcase(s):
    return _fspath(s)


def isabs(s):
    s = _fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    a = _fspath(a)
    sep = _seps(a)[0]
    path = a
    for b in p:
        if not isinstance(b, (str, bytes)) and getattr(type(b), "__fspath__", None) is None:
            raise TypeError("join() argument must be str, bytes, or os.PathLike object, "
                            "not '%s'" % type(b).__name__)
        b = _fspath(b)
        if type(b) is not type(a):
            raise TypeError("Can't mix strings and bytes in path components")
        if b.startswith(sep):
            path = b
        elif not path or path.endswith(sep):
            path += b
        else:
            path += sep + b
    return path


def split(p):
    p = _fspath(p)
    sep = _seps(p)[0]
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    p = _fspath(p)
    sep, dot, _ = _seps(p)
    sep_index = p.rfind(sep)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != dot:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def basename(p):
    p = _fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    p = _fspath(p)
    sep = _seps(p)[0]
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonprefix(m):
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def normpath(path):
    path = _fspath(path)
    sep, dot, dotdot = _seps(path)
    if not path:
        return dot
    initial_slashes = 1 if path.startswith(sep) else 0
    if initial_slashes and path.startswith(sep * 2) and not path.startswith(sep * 3):
        initial_slashes = 2
    new_comps = []
    for comp in path.split(sep):
        if not comp or comp == dot:
            continue
        if comp != dotdot or (not initial_slashes and not new_comps) or \
                (new_comps and new_comps[-1] == dotdot):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = sep.join(new_comps)
    if initial_slashes:
        path = sep * initial_slashes + path
    return path or dot


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        cwd = posix.getcwd()
        if isinstance(path, bytes):
            cwd = cwd.encode("utf-8", "surrogateescape")
        path = join(cwd, path)
    return normpath(path)


def realpath(path):
    return abspath(path)


def relpath(path, start=None):
    path = _fspath(path)
    if not path:
        raise ValueError("no path specified")
    if start is None:
        start = curdir
    start = _fspath(start)
    start_list = [x for x in abspath(start).split("/") if x]
    path_list = [x for x in abspath(path).split("/") if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonpath(paths):
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = [_fspath(p) for p in paths]
    split_paths = [[c for c in p.split("/") if c and c != "."] for p in paths]
    isabs_all = [p.startswith("/") for p in paths]
    if len(set(isabs_all)) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    common = commonprefix(split_paths)
    prefix = "/" if paths[0].startswith("/") else ""
    return prefix + "/".join(common)


def expanduser(path):
    path = _fspath(path)
    if not path.startswith("~"):
        return path
    i = path.find("/", 1)
    if i < 0:
        i = len(path)
    if i == 1:
        home = _environ().get("HOME")
        if home is None:
            return path
    else:
        return path
    return (home.rstrip("/") or "/") + path[i:]


def _mode(path):
    if isinstance(path, int):
        return None         # (a file descriptor: minipy has no fstat)
    if not isinstance(path, (str, bytes)) and getattr(type(path), "__fspath__", None) is None:
        raise TypeError("stat: path should be string, bytes, os.PathLike or integer, "
                        "not " + type(path).__name__)
    path = _fspath(path)
    try:
        return posix._stat(path)[0]
    except (OSError, ValueError):
        return None


def exists(path):
    return _mode(path) is not None


def lexists(path):
    path = _fspath(path)
    try:
        posix._lstat(path)
    except (OSError, ValueError):
        return False
    return True


def isdir(path):
    m = _mode(path)
    return m is not None and m & _S_IFMT == _S_IFDIR


def isfile(path):
    m = _mode(path)
    return m is not None and m & _S_IFMT == _S_IFREG


def islink(path):
    path = _fspath(path)
    try:
        return posix._lstat(path)[0] & _S_IFMT == _S_IFLNK
    except (OSError, ValueError):
        return False


def ismount(path):
    path = _fspath(path)
    if islink(path):
        return False
    try:
        s1 = posix._stat(path)
        s2 = posix._stat(join(path, pardir))
    except (OSError, ValueError):
        return False
    return s1[2] != s2[2] or s1[1] == s2[1]


def _environ():
    """os.environ (with the program's changes to it)."""
    import os
    return os.environ


def expandvars(path):
    """path with $name and ${name} replaced by the environment's values (names not set
    are left as they are)."""
    path = _fspath(path)
    if "$" not in path:
        return path
    env = _environ()
    res = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != "$":
            res.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == "{":
            end = path.find("}", i + 2)
            name = path[i + 2:end]
            if end < 0:
                res.append(c)
                i += 1
                continue
            stop = end + 1
        else:
            stop = i + 1
            while stop < n and (path[stop].isalnum() or path[stop] == "_") and \
                    path[stop].isascii():
                stop += 1
            name = path[i + 1:stop]
            if not name:
                res.append(c)
                i += 1
                continue
        if name in env:
            res.append(env[name])
        else:
            res.append(path[i:stop])
        i = stop
    return "".join(res)


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def getsize(filename):
    filename = _fspath(filename)
    return posix._stat(filename)[6]


def getatime(filename):
    filename = _fspath(filename)
    return posix._stat(filename)[7]


def getmtime(filename):
    filename = _fspath(filename)
    return posix._stat(filename)[8]


def getctime(filename):
    filename = _fspath(filename)
    return posix._stat(filename)[9]


def samefile(f1, f2):
    f1 = _fspath(f1)
    f2 = _fspath(f2)
    s1 = posix._stat(f1)
    s2 = posix._stat(f2)
    return s1[1] == s2[1] and s1[2] == s2[2]
